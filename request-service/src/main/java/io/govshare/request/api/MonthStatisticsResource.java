package io.govshare.request.api;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.identity.Caller;
import io.govshare.common.identity.Roles;
import io.govshare.common.input.Codes;
import io.govshare.common.input.Months;
import io.govshare.common.web.Callers;
import io.govshare.request.domain.FigureReaders;
import io.govshare.request.service.StatisticsService;

/**
 * The request figures of a month (docs/statistics.md, "Requests of month M" 数据调度情况): platform-wide for the
 * platform admin, report editors and our services; one organization's own figures also for its department users.
 */
@Path("/api/v1/share-requests/stats")
@Tag(name = "Request statistics", description = "Monthly request figures, response timeliness, national applications")
public class MonthStatisticsResource {

    private final StatisticsService statistics;
    private final SecurityIdentity identity;

    public MonthStatisticsResource(StatisticsService statistics, SecurityIdentity identity) {
        this.statistics = statistics;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({
        Roles.PLATFORM_ADMIN,
        Roles.REPORT_EDITOR,
        Roles.SERVICE,
        Roles.DEPT_USER,
        Roles.DEPT_REVIEWER,
        Roles.DEPT_SIGNER
    })
    @Operation(
            operationId = "getShareRequestStatistics",
            summary = "Requests submitted in a month, by their status at the end of the month (数据调度情况)",
            description = "Without org: the platform's figures in the top-level counts (org, asApplicant and asProvider"
                    + " null), for platform-admin, report-editor and service. With org: that organization's figures"
                    + " as applicant and as provider (the top-level counts null), also for its own department users."
                    + " One schema for both, so that generated clients read it. submitted = decided +"
                    + " pending + unconditional + withdrawn; decided = signed + rejected. A request submitted in the"
                    + " month and decided in the next counts as pending. 部门可查询本单位的申请统计。")
    @APIResponse(
            responseCode = "200",
            description = "The figures: the platform's without org, the organization's halves with org",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = RequestStatisticsView.class)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden: the platform's figures for a department; not-permitted: another organization's"
                    + " figures (只能查询本单位)")
    public Uni<Response> stats(
            @Parameter(description = "The month, platform time zone", required = true, example = "2023-10")
                    @QueryParam("month")
                    YearMonth month,
            @Parameter(
                            description = "Only this organization's requests, as applicant and as provider",
                            example = "gz.zwfwzx")
                    @QueryParam("org")
                    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
                    String org) {
        YearMonth asked = Months.required("month", month);
        Caller caller = Callers.of(this.identity);
        if (org == null) {
            FigureReaders.checkPlatformWide(caller);
            return this.statistics
                    .month(asked)
                    .map(figures ->
                            Response.ok(RequestStatisticsView.of(figures)).build());
        }
        FigureReaders.checkOwn(caller, org);
        return this.statistics
                .organization(asked, org)
                .map(figures -> Response.ok(RequestStatisticsView.of(figures)).build());
    }
}
