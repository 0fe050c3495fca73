package io.govshare.request.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.i18n.Languages;
import io.govshare.common.identity.Roles;
import io.govshare.common.web.Callers;
import io.govshare.request.service.ImportService;

/** The history import of the platform operator (docs/architecture.md, "History import"). */
@Path("/api/v1/share-requests/import")
@Tag(name = "Share request import", description = "Historical requests from a former platform (历史申请导入)")
public class ShareRequestImportResource {

    private final ImportService imports;
    private final SecurityIdentity identity;

    public ShareRequestImportResource(ImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(
            operationId = "importShareRequests",
            summary = "Import historical requests with their full histories (导入历史申请)",
            description = "Each history is replayed through the state machine with its original times; AUTO_APPROVED"
                    + " follows from the resource's sharing type at SUBMIT. Idempotent by externalId. A bad item (a"
                    + " malformed code included) is reported in errors with its index and stores nothing; the good items"
                    + " are stored. At most request.import.max-items (default 1000) items per call."
                    + " 每条历史按状态机重放；错误条目单独报告，其余照常导入。")
    @APIResponse(
            responseCode = "200",
            description = "What was imported, unchanged and refused (导入结果)",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResultView.class)))
    @APIResponse(responseCode = "403", description = "forbidden: not the platform admin")
    @APIResponse(
            responseCode = "413",
            description = "More items than the limit, or too large a body; nothing is stored")
    @APIResponse(responseCode = "502", description = "catalog-service refused the call; nothing is stored")
    @APIResponse(responseCode = "503", description = "catalog-service cannot be reached; nothing is stored")
    public Uni<ImportResultView> importHistory(@NotNull List<ImportItemBody> items, @Context HttpHeaders headers) {
        return this.imports
                .importItems(
                        Callers.of(this.identity),
                        items.stream()
                                .map(item -> item == null ? null : item.toItem())
                                .toList())
                .map(outcome -> ImportResultView.from(
                        outcome, Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }
}
