package io.govshare.exchange.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.exchange.service.IngestResult;

/** The answer to a stored batch. */
@Schema(description = "Records received, newly stored, and already stored (or repeated within the batch)")
public record IngestResultView(int received, int stored, int duplicates) {

    static IngestResultView from(IngestResult result) {
        return new IngestResultView(result.received(), result.stored(), result.duplicates());
    }
}
