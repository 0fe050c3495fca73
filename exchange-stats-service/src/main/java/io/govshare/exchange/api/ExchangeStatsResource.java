package io.govshare.exchange.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.InvalidInputException;
import io.govshare.common.identity.Roles;
import io.govshare.common.input.Codes;
import io.govshare.common.web.Callers;
import io.govshare.exchange.domain.ExchangeMessages;
import io.govshare.exchange.domain.Level;
import io.govshare.exchange.domain.Side;
import io.govshare.exchange.service.StatsService;

/**
 * Exchange statistics (docs/statistics.md): platform-wide figures for the operator, an organization's own figures for
 * its departments (docs/security.md, "Object-level rules").
 */
@Path("/api/v1/exchange-stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Exchange statistics",
        description = "Calls of a month (calendar months of the platform time zone) by level, organization and region"
                + " (数据交换统计)")
public class ExchangeStatsResource {

    static final int MAX_RANGE_DAYS = 366;
    static final int MAX_LIMIT = 1000;

    private static final String UNAVAILABLE =
            "catalog-service or the database cannot be reached; `service` names it" + " (依赖的服务不可用)";
    private static final String REFUSED = "catalog-service refused this service's call (依赖的服务拒绝调用)";
    private static final String PLATFORM_ONLY = "Not platform-admin, report-editor or service (仅限平台读者)";

    private final StatsService service;
    private final SecurityIdentity identity;

    public ExchangeStatsResource(StatsService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REPORT_EDITOR, Roles.SERVICE})
    @Operation(
            operationId = "getExchangeSummary",
            summary = "Total calls of a month, and calls by the level of provider and consumer (月度数据交换情况)",
            description = "total = Σ provided = Σ used, except for organizations the catalog does not know, which count"
                    + " in total only (docs/statistics.md). 交换总量及按提供方、使用方层级的调用次数。")
    @APIResponse(
            responseCode = "200",
            description = "The month's figures in calls (月度数据)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "403", description = PLATFORM_ONLY)
    @APIResponse(responseCode = "502", description = REFUSED)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public Uni<SummaryView> summary(
            @Parameter(description = "The month YYYY-MM (月份)", required = true) @QueryParam("month") YearMonth month) {
        YearMonth m = required(month, "month");
        return this.service.summary(m).map(summary -> SummaryView.from(m, summary));
    }

    @GET
    @Path("/rankings")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REPORT_EDITOR, Roles.SERVICE})
    @Operation(
            operationId = "getExchangeRankings",
            summary = "Organizations ranked by calls provided or used (单位数据服务量、使用量排名)",
            description = "Descending by calls, ties by code. Active organizations of the level without calls are"
                    + " listed with 0. 按调用次数降序，次数相同按编码排序；无调用的在用单位以 0 列出。")
    @APIResponse(
            responseCode = "200",
            description = "The ranking, descending (排名)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = OrganizationRankView.class)))
    @APIResponse(responseCode = "403", description = PLATFORM_ONLY)
    @APIResponse(responseCode = "502", description = REFUSED)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public Uni<List<OrganizationRankView>> rankings(
            @Parameter(description = "The month YYYY-MM (月份)", required = true) @QueryParam("month") YearMonth month,
            @Parameter(description = "PROVIDER (calls provided, 提供) or CONSUMER (calls used, 使用)", required = true)
                    @QueryParam("side")
                    Side side,
            @Parameter(description = "Only organizations of this level; all when absent (单位层级)") @QueryParam("level")
                    Level level,
            @Parameter(description = "At most this many, 1 to 1000 (条数)")
                    @QueryParam("limit")
                    @DefaultValue("10")
                    @Min(1)
                    @Max(MAX_LIMIT)
                    int limit) {
        YearMonth m = required(month, "month");
        Side s = required(side, "side");
        return this.service
                .rankings(m, s, level, limit)
                .map(entries -> entries.stream().map(OrganizationRankView::from).toList());
    }

    @GET
    @Path("/regions")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REPORT_EDITOR, Roles.SERVICE})
    @Operation(
            operationId = "getExchangeRegions",
            summary = "Every region ranked by the calls of its organizations (市州数据服务、使用情况)",
            description = "A region's calls are those of its PREFECTURE and COUNTY bodies; regions without calls are"
                    + " listed with 0. 市州的调用次数为其市级和县级单位之和；无调用的市州以 0 列出。")
    @APIResponse(
            responseCode = "200",
            description = "Every region, descending (各市州)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = RegionRankView.class)))
    @APIResponse(responseCode = "403", description = PLATFORM_ONLY)
    @APIResponse(responseCode = "502", description = REFUSED)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public Uni<List<RegionRankView>> regions(
            @Parameter(description = "The month YYYY-MM (月份)", required = true) @QueryParam("month") YearMonth month,
            @Parameter(description = "PROVIDER or CONSUMER (提供或使用)", required = true) @QueryParam("side") Side side) {
        YearMonth m = required(month, "month");
        Side s = required(side, "side");
        return this.service
                .regions(m, s)
                .map(entries -> entries.stream().map(RegionRankView::from).toList());
    }

    @GET
    @Path("/organizations/{code}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SERVICE, Roles.DEPT_USER, Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER})
    @Operation(
            operationId = "getOrganizationExchangeFigures",
            summary = "One organization's figures of a month, or of a range of days (单位自身的数据交换情况)",
            description = "Give month=YYYY-MM, or from= and to= (days, inclusive, at most " + MAX_RANGE_DAYS
                    + " days). The organization's department users (any dept-* role) read their own organization;"
                    + " platform-admin and service read any. 部门用户（任一 dept-* 角色）只能查看本单位；平台管理员和服务可查看任何单位。")
    @APIResponse(
            responseCode = "200",
            description = "The organization's figures of the period (单位数据)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganizationStatsView.class)))
    @APIResponse(
            responseCode = "403",
            description = "Another organization's figures for a department (also for codes that do not exist), or a"
                    + " role that reads no organization's figures (无权查看)")
    @APIResponse(
            responseCode = "404",
            description = "An organization the catalog does not know (platform readers) (单位不存在)")
    @APIResponse(responseCode = "502", description = REFUSED)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public Uni<OrganizationStatsView> organization(
            @Parameter(description = "The organization's code (单位编码)", example = "gz.zwfwzx")
                    @PathParam("code")
                    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
                    String code,
            @Parameter(description = "The month YYYY-MM (月份)") @QueryParam("month") YearMonth month,
            @Parameter(description = "First day, YYYY-MM-DD (开始日期)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, YYYY-MM-DD, inclusive (结束日期)") @QueryParam("to") LocalDate to) {
        LocalDate[] period = period(month, from, to);
        return this.service
                .organization(Callers.of(this.identity), code, period[0], period[1])
                .map(named -> OrganizationStatsView.from(named.figures(), named.directory()));
    }

    private static LocalDate[] period(YearMonth month, LocalDate from, LocalDate to) {
        if (month != null) {
            if (from != null || to != null) {
                throw new InvalidInputException("month", ExchangeMessages.PERIOD_BOTH);
            }
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", ExchangeMessages.PERIOD_REQUIRED);
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", ExchangeMessages.PERIOD_REVERSED);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new InvalidInputException("to", ExchangeMessages.PERIOD_TOO_LONG, MAX_RANGE_DAYS);
        }
        return new LocalDate[] {from, to};
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name, CommonMessages.REQUIRED);
        }
        return value;
    }
}
