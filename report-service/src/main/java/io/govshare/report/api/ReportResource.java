package io.govshare.report.api;

import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.identity.Roles;
import io.govshare.report.render.RenderService;
import io.govshare.report.render.ReportFormat;
import io.govshare.report.service.ReportService;

/** Reading the monthly report: the list of versions and a version in five formats (docs/api.md, docs/report.md). */
@Path("/api/v1/reports")
// departments too: they read the published versions (ReportReaders)
@RolesAllowed({
    Roles.REPORT_EDITOR,
    Roles.PLATFORM_ADMIN,
    Roles.SERVICE,
    Roles.DEPT_USER,
    Roles.DEPT_REVIEWER,
    Roles.DEPT_SIGNER
})
@Tag(name = "Reports", description = "The monthly data sharing report (数据共享开放月报)")
public class ReportResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ReportService reports;
    private final RenderService renderer;
    private final SecurityIdentity identity;

    public ReportResource(ReportService reports, RenderService renderer, SecurityIdentity identity) {
        this.reports = reports;
        this.renderer = renderer;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listReports",
            summary = "The built versions, newest month and version first (月报版本列表)",
            description = "Department users see the published versions only. 部门用户只能看到已印发的版本。")
    @APIResponse(
            responseCode = "200",
            description = "The versions (版本列表)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ReportSummaryView.class)))
    @APIResponse(responseCode = "403", description = "No role that reads reports (无权查看月报)")
    public Uni<List<ReportSummaryView>> list(
            @Parameter(description = "Only this month (只列出该月)") @QueryParam("month") YearMonth month) {
        return this.reports
                .list(month, ReportReaders.publishedOnly(this.identity))
                .map(rows -> rows.stream().map(ReportSummaryView::from).toList());
    }

    @GET
    @Path("/{month}")
    @Produces({MediaType.APPLICATION_JSON, "text/markdown", MediaType.TEXT_HTML, DOCX, "application/pdf"})
    @Operation(
            operationId = "getReport",
            summary = "A version of the report in JSON, Markdown, HTML, DOCX or PDF (下载月报)",
            description = "The latest version unless `version` is given; `format` wins over `Accept`. Department users"
                    + " get the latest published version, and a draft is 404 for them also by its number. DOCX and"
                    + " PDF come as attachments `report-{month}-v{N}.{ext}`; HTML inline, with a Content-Security-Policy"
                    + " that allows no script. 默认返回最新版本；部门用户只能读取已印发的版本。")
    @APIResponse(
            responseCode = "200",
            description = "The version (JSON) or its rendering (月报)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ReportView.class),
                        examples = @ExampleObject(name = "2023-10", ref = "ReportVersion2023-10")),
                @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "403", description = "No role that reads reports (无权查看月报)")
    @APIResponse(
            responseCode = "404",
            description = "No version of the month, not that version, or (for a department) no published one (无此版本)")
    @APIResponse(responseCode = "406", description = "An Accept of none of the five media types (不支持的格式)")
    public Uni<Response> get(
            @PathParam("month") YearMonth month,
            @Parameter(
                            description = "The format; wins over Accept (格式)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"json", "md", "html", "docx", "pdf"}))
                    @QueryParam("format")
                    String format,
            @Parameter(description = "A version number; default the latest (版本号)", example = "1")
                    @QueryParam("version")
                    @Min(1)
                    Integer version,
            HttpHeaders headers) {
        ReportFormat chosen = Negotiation.choose(format, headers.getAcceptableMediaTypes());
        return this.reports
                .get(month, version, ReportReaders.publishedOnly(this.identity))
                .flatMap(v -> {
                    if (chosen == ReportFormat.JSON) {
                        return Uni.createFrom()
                                .item(Response.ok(ReportView.from(v), chosen.mediaType())
                                        .build());
                    }
                    return Uni.createFrom()
                            .item(() -> this.renderer.render(v, chosen))
                            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                            .map(rendered -> Response.ok(rendered.body(), chosen.mediaType())
                                    .header(
                                            "Content-Disposition",
                                            (chosen == ReportFormat.HTML ? "inline" : "attachment")
                                                    + "; filename=\"report-" + v.month() + "-v" + v.version() + "."
                                                    + chosen.key() + "\"")
                                    .build());
                });
    }
}
