package io.govshare.request.api;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.service.ImportOutcome;

/** What an import did (docs/api.md {@code {imported, unchanged, errors}}), its messages in the caller's language. */
@Schema(
        name = "ShareRequestImportResult",
        description = "What an import stored (导入结果)",
        requiredProperties = {"imported", "unchanged", "errors"})
public record ImportResultView(
        @Schema(description = "Items stored now", example = "484")
        int imported,

        @Schema(description = "Items stored before with the same history", example = "0")
        int unchanged,

        @Schema(description = "Refused items; nothing of them was stored")
        List<ItemErrorView> errors) {

    /** A refused item: its position in the batch, its external id, the bad field and why. */
    @Schema(
            name = "ShareRequestImportError",
            requiredProperties = {"index", "field", "message"})
    public record ItemErrorView(
            @Schema(description = "Position in the batch, from 0", example = "3")
            int index,

            @Schema(nullable = true, example = "GZSJGX-202310-0005")
            String externalId,

            @Schema(example = "events[1].action") String field,

            @Schema(
                    description = "Why, in the caller's language",
                    example = "SIGN is not possible on a request that is SUBMITTED")
            String message) {}

    static ImportResultView from(ImportOutcome outcome, Locale locale) {
        return new ImportResultView(
                outcome.imported(),
                outcome.unchanged(),
                outcome.errors().stream()
                        .map(e -> new ItemErrorView(
                                e.index(),
                                e.externalId(),
                                e.field(),
                                e.message().render(locale)))
                        .toList());
    }
}
