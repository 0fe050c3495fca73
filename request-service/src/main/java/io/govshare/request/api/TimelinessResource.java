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

import io.govshare.common.identity.Roles;
import io.govshare.common.input.Months;
import io.govshare.request.service.StatisticsService;
import io.govshare.request.service.Timeliness;

/** Response timeliness per provider (DESIGN §7 申请响应及时度), for the platform admin, report editors and services. */
@Path("/api/v1/share-requests/timeliness")
@Tag(name = "Request statistics")
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REPORT_EDITOR, Roles.SERVICE})
public class TimelinessResource {

    private final StatisticsService statistics;

    public TimelinessResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(
            summary = "Response timeliness per provider in a month",
            description = "Over the requests submitted in the month that the provider answered (accept or reject) by"
                    + " its end: working hours from submission to the first response (days off of the holiday"
                    + " calendar do not count), mean and median to 0.01 h, and how many were past the deadline."
                    + " Ranked by mean, then provider code.")
    public Uni<List<Timeliness>> timeliness(
            @Parameter(description = "YYYY-MM, platform time zone", required = true) @QueryParam("month")
                    YearMonth month) {
        return this.statistics.timeliness(Months.required("month", month));
    }
}
