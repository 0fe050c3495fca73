package io.govshare.request.api;

import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.request.domain.Roles;
import io.govshare.request.service.MonthStatistics;
import io.govshare.request.service.NationalApplications;
import io.govshare.request.service.StatisticsService;
import io.govshare.request.service.Timeliness;

/** The platform-wide request statistics of DESIGN §7, for the platform admin, report editors and our services. */
@Path("/api/v1")
@Tag(name = "Request statistics", description = "Monthly request figures, response timeliness, national applications")
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REPORT_EDITOR, Roles.SERVICE})
public class RequestStatisticsResource {

    private final StatisticsService statistics;

    public RequestStatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/share-requests/stats")
    @Operation(
            summary = "Requests submitted in a month, by their status at the end of the month (数据调度情况)",
            description = "submitted = decided + pending + unconditional + withdrawn; decided = signed + rejected.")
    public Uni<MonthStatistics> stats(
            @Parameter(description = "YYYY-MM, platform time zone", required = true) @QueryParam("month")
                    YearMonth month) {
        return this.statistics.month(Months.required("month", month));
    }

    @GET
    @Path("/share-requests/timeliness")
    @Operation(
            summary = "Response timeliness per provider in a month (申请响应及时度)",
            description = "Over the requests submitted in the month that the provider answered (accept or reject) by"
                    + " its end: working hours from submission to the first response; ranked by mean, then code.")
    public Uni<List<Timeliness>> timeliness(
            @Parameter(description = "YYYY-MM, platform time zone", required = true) @QueryParam("month")
                    YearMonth month) {
        return this.statistics.timeliness(Months.required("month", month));
    }

    @GET
    @Path("/national-applications")
    @Operation(
            summary = "Applications through the national-data zone up to the end of a month, per applicant",
            description = "Most applications first, ties by code.")
    public Uni<NationalApplications> nationalApplications(
            @Parameter(description = "YYYY-MM, platform time zone", required = true) @QueryParam("until")
                    YearMonth until) {
        return this.statistics.nationalApplications(Months.required("until", until));
    }
}
