package io.govshare.request.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.service.ImportOutcome;

/** What an import did (DESIGN §11 {@code {imported, unchanged, errors}}). */
@Schema(description = "The result of an import")
public record ImportResultView(int imported, int unchanged, List<ImportOutcome.ItemError> errors) {

    static ImportResultView from(ImportOutcome outcome) {
        return new ImportResultView(outcome.imported(), outcome.unchanged(), outcome.errors());
    }
}
