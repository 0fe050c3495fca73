package io.govshare.request.api;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.service.ImportOutcome;

/** What an import did (docs/api.md {@code {imported, unchanged, errors}}), its messages in the caller's language. */
@Schema(description = "The result of an import")
public record ImportResultView(int imported, int unchanged, List<ItemErrorView> errors) {

    /** A refused item: its position in the batch, its external id, the bad field and why. */
    public record ItemErrorView(int index, String externalId, String field, String message) {}

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
