package io.govshare.report.api;

import java.net.URI;
import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.error.InvalidInputException;
import io.govshare.common.identity.Roles;
import io.govshare.common.web.Callers;
import io.govshare.report.domain.ReportMessages;
import io.govshare.report.domain.Verification;
import io.govshare.report.service.BuildService;
import io.govshare.report.service.ReportService;
import io.govshare.report.service.VerifyService;

/** Making a version: build, verify against the live services, publish (docs/report.md, "How a report is made"). */
@Path("/api/v1/reports/{month}")
@Tag(name = "Reports", description = "The monthly data sharing report (数据共享开放月报)")
public class ReportWorkflowResource {

    private final BuildService builds;
    private final ReportService reports;
    private final VerifyService verifications;
    private final PublishBodies publishBodies;
    private final SecurityIdentity identity;

    public ReportWorkflowResource(
            BuildService builds,
            ReportService reports,
            VerifyService verifications,
            PublishBodies publishBodies,
            SecurityIdentity identity) {
        this.builds = builds;
        this.reports = reports;
        this.verifications = verifications;
        this.publishBodies = publishBodies;
        this.identity = identity;
    }

    @POST
    @Path("/build")
    @RolesAllowed(Roles.REPORT_EDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "buildReport",
            summary = "Build a new draft version from the live services (生成月报草稿)",
            description = "Gathers every figure of the month from catalog-, request- and exchange-stats-service, runs"
                    + " the checks and stores an immutable snapshot with the provenance of each figure group. Nothing"
                    + " is stored when a service fails. 从各服务获取当月全部数据，校验后保存为新的草稿版本。")
    @APIResponse(
            responseCode = "201",
            description = "The new draft version with its checks, figures and provenance (新的草稿版本)",
            headers =
                    @Header(
                            name = "Location",
                            description = "/api/v1/reports/{month}?version=N",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class),
                            examples = @ExampleObject(name = "2023-10", ref = "ReportVersion2023-10")))
    @APIResponse(responseCode = "403", description = "Not a report-editor (仅月报编辑可以生成)")
    @APIResponse(
            responseCode = "502",
            description = "A service refused the call or answered what cannot be read; `service` names it; nothing"
                    + " was stored (依赖的服务拒绝调用)")
    @APIResponse(
            responseCode = "503",
            description = "A service could not be reached or was too slow; `service` names it; nothing was stored"
                    + " (依赖的服务不可用)")
    public Uni<Response> build(@PathParam("month") YearMonth month) {
        return this.builds
                .build(month, Callers.of(this.identity).user())
                .map(v -> Response.created(URI.create("/api/v1/reports/" + v.month() + "?version=" + v.version()))
                        .entity(ReportView.from(v))
                        .build());
    }

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.REPORT_EDITOR, Roles.PLATFORM_ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyReport",
            summary = "Compare a version with what the services answer now (核对月报数据)",
            description = "Asks the services again for the month's figures, as the build did, and lists every figure"
                    + " (its path in `figures`) that changed since the version was built, with both values: late"
                    + " exchange records, corrected requests. Changes nothing. 重新获取数据，列出自生成以来发生变化的数据。")
    @APIResponse(
            responseCode = "200",
            description = "The changed figures; none when the version still holds (核对结果)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Verification.class),
                            examples =
                                    @ExampleObject(
                                            name = "2023-10",
                                            value =
                                                    "{\"month\":\"2023-10\",\"version\":1,\"changes\":[{\"figure\":"
                                                            + "\"exchange.summary.total\",\"was\":32696905,\"now\":32697185}]}")))
    @APIResponse(responseCode = "403", description = "Neither report-editor nor platform-admin (无权核对)")
    @APIResponse(responseCode = "404", description = "No version of the month, or not that version (无此版本)")
    @APIResponse(
            responseCode = "502",
            description = "A service refused the call or answered what cannot be read; `service` names it (依赖的服务拒绝调用)")
    @APIResponse(
            responseCode = "503",
            description = "A service could not be reached or was too slow; `service` names it (依赖的服务不可用)")
    public Uni<Verification> verify(
            @PathParam("month") YearMonth month,
            @Parameter(description = "A version number; default the latest (版本号)", example = "1")
                    @QueryParam("version")
                    @Min(1)
                    Integer version) {
        return this.verifications.verify(month, version);
    }

    @POST
    @Path("/publish")
    @RolesAllowed(Roles.REPORT_EDITOR)
    // a plain POST without a body (and so without a JSON content type) publishes without override
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublishBody.class),
                            examples =
                                    @ExampleObject(
                                            name = "override",
                                            value = "{\"override\": true, \"reason\": \"经核实，差异由统计口径调整引起\"}")))
    @Operation(
            operationId = "publishReport",
            summary = "Publish the latest version (印发月报)",
            description = "Freezes the latest version. Refused (409 `checks-failed`, listing `failedChecks`) while a"
                    + " check fails, unless the body is {\"override\": true, \"reason\": …}. The answer carries"
                    + " `verification` when the services give other figures now than at the build. 校验未通过时须说明理由方可印发。")
    @APIResponse(
            responseCode = "200",
            description = "The version, now PUBLISHED (已印发的版本)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "Not a report-editor (仅月报编辑可以印发)")
    @APIResponse(responseCode = "404", description = "No version of the month (尚未生成月报)")
    @APIResponse(
            responseCode = "409",
            description = "`checks-failed` with `failedChecks` (a check fails and no override was given), or"
                    + " `conflict` (the latest version is published already) (校验未通过或已印发)")
    public Uni<ReportView> publish(@PathParam("month") YearMonth month, String body) throws JsonProcessingException {
        PublishBody options = this.publishBodies.read(body);
        if (options.overriding()
                && (options.reason() == null || options.reason().isBlank())) {
            throw new InvalidInputException("reason", ReportMessages.REASON_REQUIRED);
        }
        return this.reports
                .publish(
                        month,
                        options.overriding(),
                        options.reason(),
                        Callers.of(this.identity).user())
                .flatMap(v -> this.verifications.verifyIfPossible(v).map(check -> ReportView.from(v, check)));
    }
}
