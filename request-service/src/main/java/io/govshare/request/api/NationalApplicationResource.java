package io.govshare.request.api;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.identity.Roles;
import io.govshare.common.input.Months;
import io.govshare.request.service.NationalApplications;
import io.govshare.request.service.StatisticsService;

/**
 * Applications through the national-data zone (docs/statistics.md, "National-data applications up to month M"), for
 * the platform admin, report editors and services.
 */
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
            operationId = "getNationalApplications",
            summary = "National-zone applications submitted up to the end of a month, per applicant (国家数据申请情况)",
            description = "Every request in channel NATIONAL_ZONE submitted before the end of the month, whatever its"
                    + " status; most first, ties by code. 国家数据直达基层专区的累计申请。")
    @APIResponse(
            responseCode = "200",
            description = "The applications per applicant (按申请单位统计)",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = NationalApplications.class)))
    @APIResponse(responseCode = "403", description = "forbidden: not platform-admin, report-editor or service")
    @APIResponse(responseCode = "502", description = "catalog-service refused to name the applicants")
    @APIResponse(responseCode = "503", description = "catalog-service cannot be asked for the applicants' names")
    public Uni<NationalApplications> nationalApplications(
            @Parameter(description = "The last month counted, platform time zone", required = true, example = "2023-10")
                    @QueryParam("until")
                    YearMonth until) {
        return this.statistics.nationalApplications(Months.required("until", until));
    }
}
