package io.govshare.report.api;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.error.InvalidInputException;
import io.govshare.common.identity.Roles;
import io.govshare.common.web.Callers;
import io.govshare.report.domain.ReportMessages;
import io.govshare.report.service.ContentService;

/** The editorial content of a month: issue date, names, typical cases and colophon, used by the next build. */
@Path("/api/v1/reports/{month}/content")
@Tag(name = "Reports", description = "The monthly data sharing report (数据共享开放月报)")
public class ReportContentResource {

    private final ContentService contents;
    private final SecurityIdentity identity;

    public ReportContentResource(ContentService contents, SecurityIdentity identity) {
        this.contents = contents;
        this.identity = identity;
    }

    @PUT
    @RolesAllowed(Roles.REPORT_EDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putReportContent",
            summary = "Set the editorial content of a month (设置月报内容)",
            description = "Replaces the content; the next build uses it, versions built before keep theirs. Two"
                    + " editors saving at once: the later save wins, neither fails. 保存当月的印发日期、典型案例和版记；下次生成时使用。")
    @APIResponse(
            responseCode = "200",
            description = "The content as stored (已保存的月报内容)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "403", description = "Not a report-editor (仅月报编辑可以修改)")
    public Uni<ContentView> put(@PathParam("month") YearMonth month, @Valid @NotNull ContentBody body) {
        if (body.colophon() != null
                && body.colophon().printedCopies() != null
                && body.colophon().electronicCopies() != null
                && body.colophon().electronicCopies() > body.colophon().printedCopies()) {
            throw new InvalidInputException("colophon.electronicCopies", ReportMessages.MORE_ELECTRONIC_THAN_PRINTED);
        }
        return this.contents
                .replace(
                        body.toContent(month.toString()),
                        Callers.of(this.identity).user())
                .map(ContentView::from);
    }

    @GET
    @RolesAllowed({Roles.REPORT_EDITOR, Roles.PLATFORM_ADMIN, Roles.SERVICE})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getReportContent",
            summary = "The editorial content of a month (月报内容)",
            description = "Empty `cases` and null fields (the configured defaults) when none was set. 未设置时案例为空。")
    @APIResponse(
            responseCode = "200",
            description = "The content (月报内容)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "403", description = "No role that edits or reads report content (无权查看)")
    public Uni<ContentView> get(@PathParam("month") YearMonth month) {
        return this.contents.get(month).map(ContentView::from);
    }
}
