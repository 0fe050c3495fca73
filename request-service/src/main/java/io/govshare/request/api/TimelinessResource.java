package io.govshare.request.api;

import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import io.govshare.request.service.Timeliness;

/**
 * Response timeliness per provider (docs/statistics.md, "Response timeliness of month M" 申请响应及时度): the ranking
 * for the platform admin, report editors and services; a provider's own row also for its department users.
 */
@Path("/api/v1/share-requests/timeliness")
@Tag(name = "Request statistics")
public class TimelinessResource {

    private final StatisticsService statistics;
    private final SecurityIdentity identity;

    public TimelinessResource(StatisticsService statistics, SecurityIdentity identity) {
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
            operationId = "getResponseTimeliness",
            summary = "Response timeliness per provider in a month (申请响应及时度)",
            description = "Over the requests submitted in the month that the provider answered (accept or reject) by"
                    + " its end: working hours from submission to the first response (days off of the holiday"
                    + " calendar do not count), mean and median to 0.01 h, and how many were past the deadline."
                    + " Ranked by mean, then provider code. With providerOrg: that provider's own row with its rank"
                    + " among all (at most one row; none when it responded to none of the month's requests), also for"
                    + " its department users. 部门可查询本单位的排名。")
    @APIResponse(
            responseCode = "200",
            description = "The providers ranked, or the one row asked for (响应及时度排名)",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Timeliness.class)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden: the ranking for a department; not-permitted: another organization's row")
    @APIResponse(responseCode = "502", description = "catalog-service refused to name the providers")
    @APIResponse(responseCode = "503", description = "catalog-service cannot be asked for the providers' names")
    public Uni<List<Timeliness>> timeliness(
            @Parameter(description = "The month, platform time zone", required = true, example = "2023-10")
                    @QueryParam("month")
                    YearMonth month,
            @Parameter(description = "Only this provider's row, with its rank among all", example = "gz.scjgj")
                    @QueryParam("providerOrg")
                    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
                    String providerOrg) {
        YearMonth asked = Months.required("month", month);
        Caller caller = Callers.of(this.identity);
        if (providerOrg == null) {
            FigureReaders.checkPlatformWide(caller);
        } else {
            FigureReaders.checkOwn(caller, providerOrg);
        }
        return this.statistics.timeliness(asked, providerOrg);
    }
}
