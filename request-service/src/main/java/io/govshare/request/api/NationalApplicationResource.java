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
import io.govshare.request.service.NationalApplications;
import io.govshare.request.service.StatisticsService;

/** Applications through the national-data zone (DESIGN §7), for the platform admin, report editors and services. */
@Path("/api/v1/national-applications")
@Tag(name = "Request statistics")
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.REPORT_EDITOR, Roles.SERVICE})
public class NationalApplicationResource {

    private final StatisticsService statistics;

    public NationalApplicationResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(
            summary = "National-zone applications submitted up to the end of a month, per applicant",
            description = "Every request in channel NATIONAL_ZONE, whatever its status; most first, ties by code.")
    public Uni<NationalApplications> nationalApplications(
            @Parameter(description = "YYYY-MM, platform time zone", required = true) @QueryParam("until")
                    YearMonth until) {
        return this.statistics.nationalApplications(Months.required("until", until));
    }
}
