package io.govshare.exchange.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.exchange.config.ExchangeConfig;
import io.govshare.exchange.service.IngestService;

/** The exchange gateway posts batches of exchange records here (DESIGN §5, §11). */
@Path("/api/v1/exchange-records")
@Tag(name = "Exchange records", description = "Batches of exchange records from the exchange gateway")
public class ExchangeRecordResource {

    private final IngestService service;
    private final ExchangeConfig config;

    public ExchangeRecordResource(IngestService service, ExchangeConfig config) {
        this.service = service;
        this.config = config;
    }

    @POST
    @RolesAllowed({"exchange-gateway", "platform-admin"})
    @Consumes({MediaType.APPLICATION_JSON, BatchReader.NDJSON, BatchReader.CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Post a batch of exchange records",
            description = "A JSON array, NDJSON (one object a line) or CSV with the header " + BatchReader.HEADER
                    + ". The batch is checked whole: any invalid record refuses it (400 listing every bad record) "
                    + "and nothing is stored. A record whose id is stored already for its month is a duplicate and "
                    + "is never counted twice. The answer comes after the batch is committed; a batch without an "
                    + "answer can be posted again.")
    @APIResponse(responseCode = "200", description = "Stored: {received, stored, duplicates}")
    @APIResponse(responseCode = "413", description = "More records than exchange.max-batch-records")
    @APIResponse(responseCode = "415", description = "Not JSON, NDJSON or CSV")
    @APIResponse(responseCode = "503", description = "The catalog or the database failed; nothing was stored")
    public Uni<IngestResultView> post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        String mediaType =
                contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase();
        int max = this.config.maxBatchRecords();
        return this.service
                .ingest(drafts -> BatchReader.read(mediaType, body, max, drafts))
                .map(IngestResultView::from);
    }
}
