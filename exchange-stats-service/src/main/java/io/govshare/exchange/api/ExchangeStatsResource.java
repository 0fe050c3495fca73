package io.govshare.exchange.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.exchange.domain.InvalidInputException;
import io.govshare.exchange.domain.Level;
import io.govshare.exchange.domain.Side;
import io.govshare.exchange.service.StatsService;

/** Exchange statistics (DESIGN §7): platform-wide figures for the operator, own figures for departments. */
@Path("/api/v1/exchange-stats")
@Tag(name = "Exchange statistics", description = "Months are calendar months in the platform time zone")
public class ExchangeStatsResource {

    static final int MAX_RANGE_DAYS = 366;

    private final StatsService service;
    private final SecurityIdentity identity;

    public ExchangeStatsResource(StatsService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/summary")
    @RolesAllowed({"platform-admin", "report-editor", "service"})
    @Operation(summary = "Total calls of a month, and calls by the level of provider and consumer")
    public Uni<SummaryView> summary(
            @Parameter(description = "YYYY-MM", required = true) @QueryParam("month") YearMonth month) {
        YearMonth m = required(month, "month");
        return this.service.summary(m).map(summary -> SummaryView.from(m, summary));
    }

    @GET
    @Path("/rankings")
    @RolesAllowed({"platform-admin", "report-editor", "service"})
    @Operation(
            summary = "Organizations ranked by calls provided or used",
            description = "Descending by calls, ties by code. Active organizations of the level without calls are "
                    + "listed with 0.")
    public Uni<List<OrganizationRankView>> rankings(
            @Parameter(description = "YYYY-MM", required = true) @QueryParam("month") YearMonth month,
            @Parameter(description = "PROVIDER (calls provided) or CONSUMER (calls used)", required = true)
                    @QueryParam("side")
                    Side side,
            @Parameter(description = "Only organizations of this level; all when absent") @QueryParam("level")
                    Level level,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(1000) int limit) {
        YearMonth m = required(month, "month");
        Side s = required(side, "side");
        return this.service
                .rankings(m, s, level, limit)
                .map(entries -> entries.stream().map(OrganizationRankView::from).toList());
    }

    @GET
    @Path("/regions")
    @RolesAllowed({"platform-admin", "report-editor", "service"})
    @Operation(
            summary = "Every region ranked by the calls of its organizations",
            description = "A region's calls are those of its PREFECTURE and COUNTY bodies; regions without calls "
                    + "are listed with 0.")
    public Uni<List<RegionRankView>> regions(
            @Parameter(description = "YYYY-MM", required = true) @QueryParam("month") YearMonth month,
            @Parameter(description = "PROVIDER or CONSUMER", required = true) @QueryParam("side") Side side) {
        YearMonth m = required(month, "month");
        Side s = required(side, "side");
        return this.service
                .regions(m, s)
                .map(entries -> entries.stream().map(RegionRankView::from).toList());
    }

    @GET
    @Path("/organizations/{code}")
    @Authenticated
    @Operation(
            summary = "One organization's figures of a month, or of a range of days",
            description = "Give month=YYYY-MM, or from= and to= (days, inclusive, at most " + MAX_RANGE_DAYS
                    + " days). Departments (dept-user) read only their own organization; platform-admin and "
                    + "service read any.")
    public Uni<OrganizationStatsView> organization(
            @PathParam("code") String code,
            @Parameter(description = "YYYY-MM") @QueryParam("month") YearMonth month,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, YYYY-MM-DD") @QueryParam("to") LocalDate to) {
        LocalDate[] period = period(month, from, to);
        return this.service
                .organization(Callers.of(this.identity), code, period[0], period[1])
                .map(named -> OrganizationStatsView.from(named.figures(), named.directory()));
    }

    private static LocalDate[] period(YearMonth month, LocalDate from, LocalDate to) {
        if (month != null) {
            if (from != null || to != null) {
                throw new InvalidInputException("month", "give either month or from and to, not both");
            }
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "is required without month");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new InvalidInputException("to", "the range may span at most " + MAX_RANGE_DAYS + " days");
        }
        return new LocalDate[] {from, to};
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name, "is required");
        }
        return value;
    }
}
