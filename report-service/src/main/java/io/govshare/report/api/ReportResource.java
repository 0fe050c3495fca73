package io.govshare.report.api;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.report.domain.FieldError;
import io.govshare.report.domain.InvalidInputException;
import io.govshare.report.render.RenderService;
import io.govshare.report.render.ReportFormat;
import io.govshare.report.service.BuildService;
import io.govshare.report.service.ContentService;
import io.govshare.report.service.ReportService;

/** The monthly report: content, build, publication, list and download in five formats (DESIGN §8, §11). */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The monthly data sharing report (数据共享开放月报)")
public class ReportResource {

    private final BuildService builds;
    private final ContentService contents;
    private final ReportService reports;
    private final RenderService renderer;
    private final SecurityIdentity identity;
    private final PublishBodies publishBodies;

    public ReportResource(
            BuildService builds,
            ContentService contents,
            ReportService reports,
            RenderService renderer,
            SecurityIdentity identity,
            PublishBodies publishBodies) {
        this.builds = builds;
        this.contents = contents;
        this.reports = reports;
        this.renderer = renderer;
        this.identity = identity;
        this.publishBodies = publishBodies;
    }

    @GET
    @RolesAllowed({Roles.REPORT_EDITOR, Roles.PLATFORM_ADMIN, Roles.SERVICE})
    @Operation(summary = "Every built version, newest month and version first")
    public Uni<List<ReportSummaryView>> list(
            @Parameter(description = "Only this month (YYYY-MM)") @QueryParam("month") YearMonth month) {
        return this.reports
                .list(month)
                .map(rows -> rows.stream().map(ReportSummaryView::from).toList());
    }

    @PUT
    @Path("/{month}/content")
    @RolesAllowed(Roles.REPORT_EDITOR)
    @Operation(summary = "Set the editorial content of a month", description = "Used by the next build.")
    public Uni<ContentView> putContent(@PathParam("month") YearMonth month, @Valid @NotNull ContentBody body) {
        if (body.colophon() != null
                && body.colophon().printedCopies() != null
                && body.colophon().electronicCopies() != null
                && body.colophon().electronicCopies() > body.colophon().printedCopies()) {
            throw new InvalidInputException(List.of(
                    new FieldError("colophon.electronicCopies", "must not be more than colophon.printedCopies")));
        }
        return this.contents
                .replace(body.toContent(month.toString()), Callers.user(this.identity))
                .map(ContentView::from);
    }

    @GET
    @Path("/{month}/content")
    @RolesAllowed({Roles.REPORT_EDITOR, Roles.PLATFORM_ADMIN, Roles.SERVICE})
    @Operation(summary = "The editorial content of a month", description = "Empty cases when none was set.")
    public Uni<ContentView> getContent(@PathParam("month") YearMonth month) {
        return this.contents.get(month).map(ContentView::from);
    }

    @POST
    @Path("/{month}/build")
    @RolesAllowed(Roles.REPORT_EDITOR)
    @Operation(
            summary = "Build a new draft version from the live services",
            description = "Gathers every figure, runs the checks and stores an immutable snapshot.")
    @APIResponse(responseCode = "201", description = "The new version with its checks and figures")
    @APIResponse(responseCode = "502", description = "A service answered with an error; `service` names it")
    @APIResponse(responseCode = "503", description = "A service could not be reached; `service` names it")
    public Uni<Response> build(@PathParam("month") YearMonth month) {
        return this.builds
                .build(month, Callers.user(this.identity))
                .map(v -> Response.created(URI.create("/api/v1/reports/" + v.month() + "?version=" + v.version()))
                        .entity(ReportView.from(v))
                        .build());
    }

    @POST
    @Path("/{month}/publish")
    @RolesAllowed(Roles.REPORT_EDITOR)
    // a plain POST without a body (and so without a JSON content type) publishes without override
    @Consumes(MediaType.WILDCARD)
    @RequestBody(content = @Content(schema = @Schema(implementation = PublishBody.class)))
    @Operation(
            summary = "Publish the latest version",
            description = "Refused (409) while a check fails unless {\"override\": true, \"reason\": ...}.")
    public Uni<ReportView> publish(@PathParam("month") YearMonth month, String body) throws JsonProcessingException {
        PublishBody options = this.publishBodies.read(body);
        if (options.overriding()
                && (options.reason() == null || options.reason().isBlank())) {
            throw new InvalidInputException("reason", "is required with override");
        }
        return this.reports
                .publish(month, options.overriding(), options.reason(), Callers.user(this.identity))
                .map(ReportView::from);
    }

    @GET
    @Path("/{month}")
    @RolesAllowed({Roles.REPORT_EDITOR, Roles.PLATFORM_ADMIN, Roles.SERVICE})
    @Produces({
        "application/json",
        "text/markdown",
        "text/html",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/pdf"
    })
    @Operation(
            summary = "A version of the report in JSON, Markdown, HTML, DOCX or PDF",
            description = "The latest version unless `version` is given; `format` wins over `Accept`.")
    public Uni<Response> get(
            @PathParam("month") YearMonth month,
            @Parameter(description = "json, md, html, docx or pdf") @QueryParam("format") String format,
            @Parameter(description = "A version number; default the latest") @QueryParam("version") @Min(1)
                    Integer version,
            HttpHeaders headers) {
        ReportFormat chosen = Negotiation.choose(format, headers.getAcceptableMediaTypes());
        return this.reports.get(month, version).flatMap(v -> {
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
                                    (chosen == ReportFormat.HTML ? "inline" : "attachment") + "; filename=\"report-"
                                            + v.month() + "-v" + v.version() + "." + chosen.key() + "\"")
                            .build());
        });
    }
}
