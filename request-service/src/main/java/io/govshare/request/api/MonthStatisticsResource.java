package io.govshare.request.api;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.identity.Roles;
import io.govshare.common.input.Months;
import io.govshare.request.service.MonthStatistics;
import io.govshare.request.service.StatisticsService;

/** The request figures of a month (DESIGN §7 数据调度情况), for the platform admin, report editors and our services. */
@Path("/api/v1/share-requests/stats")
@Tag(name = "Request statistics", description = "Monthly request figures, response timeliness, national applications")
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REPORT_EDITOR, Roles.SERVICE})
public class MonthStatisticsResource {

    private final StatisticsService statistics;

    public MonthStatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(
            summary = "Requests submitted in a month, by their status at the end of the month",
            description = "submitted = decided + pending + unconditional + withdrawn; decided = signed + rejected."
                    + " A request submitted in the month and decided in the next counts as pending.")
    public Uni<MonthStatistics> stats(
            @Parameter(description = "YYYY-MM, platform time zone", required = true) @QueryParam("month")
                    YearMonth month) {
        return this.statistics.month(Months.required("month", month));
    }
}
