package io.govshare.exchange.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.exchange.service.IngestResult;

/** The answer to a stored batch. */
@Schema(
        name = "ExchangeIngestResult",
        description = "Records received, newly stored, and already stored or repeated within the batch (入库结果)")
public record IngestResultView(
        @Schema(required = true, description = "Records in the batch", example = "39075")
        int received,

        @Schema(required = true, description = "Records stored now, each counted once", example = "39075")
        int stored,

        @Schema(required = true, description = "Records stored before, or repeated in the batch", example = "0")
        int duplicates) {

    static IngestResultView from(IngestResult result) {
        return new IngestResultView(result.received(), result.stored(), result.duplicates());
    }
}
