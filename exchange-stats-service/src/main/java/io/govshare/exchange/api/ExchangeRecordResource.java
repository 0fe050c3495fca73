package io.govshare.exchange.api;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.identity.Roles;
import io.govshare.exchange.ingest.BatchReader;
import io.govshare.exchange.service.IngestService;

/** The exchange gateway posts batches of exchange records here (docs/api.md, "exchange-stats-service"). */
@Path("/api/v1/exchange-records")
@Tag(name = "Exchange records", description = "Batches of exchange records from the exchange gateway (交换记录)")
public class ExchangeRecordResource {

    private static final String CSV_EXAMPLE = BatchReader.HEADER + "\n"
            + "gw-202310-000001,2023-10-01T00:03:25+08:00,cn.sat,qn.zwfwzx,cn.sat.001,296\n"
            + "gw-202310-000004,2023-10-01T00:10:06+08:00,gz.zwfwzx,gz.zrzyt,gz.zwfwzx.003,25\n";
    private static final String JSON_EXAMPLE = "{\"id\":\"gw-202310-000001\",\"occurredAt\":"
            + "\"2023-10-01T00:03:25+08:00\",\"providerOrg\":\"cn.sat\",\"consumerOrg\":\"qn.zwfwzx\","
            + "\"resourceCode\":\"cn.sat.001\",\"calls\":296}";
    private static final String NDJSON_EXAMPLE = JSON_EXAMPLE
            + "\n"
            + "{\"id\":\"gw-202310-000004\",\"occurredAt\":\"2023-10-01T00:10:06+08:00\",\"providerOrg\":\"gz.zwfwzx\","
            + "\"consumerOrg\":\"gz.zrzyt\",\"resourceCode\":\"gz.zwfwzx.003\",\"calls\":25}\n";

    private final IngestService service;
    private final IngestLimits limits;
    private final SecurityIdentity identity;

    public ExchangeRecordResource(IngestService service, IngestLimits limits, SecurityIdentity identity) {
        this.service = service;
        this.limits = limits;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.EXCHANGE_GATEWAY, Roles.PLATFORM_ADMIN})
    @Consumes({MediaType.APPLICATION_JSON, BatchReader.NDJSON, BatchReader.CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "postExchangeRecords",
            summary = "Post a batch of exchange records (提交一批交换记录)",
            description = "A JSON array, NDJSON (one object a line) or CSV with the header `" + BatchReader.HEADER
                    + "` (columns in any order), at most `exchange.max-batch-records` (100,000) records. The batch is"
                    + " checked whole: any invalid record refuses it (400 listing the first 1,000 errors, each with"
                    + " its line or index, and `totalErrors`) and nothing is stored. A record whose id is stored"
                    + " already for its month, or repeated in the batch, is a duplicate and counted once. The answer"
                    + " comes after the batch is committed; post again whatever was not answered 200. Each client"
                    + " (the token's `azp`) has a limit of batches in progress and of records a second: 429 with"
                    + " `Retry-After` beyond it.\n\n"
                    + "整批校验：任何一条记录无效则整批拒收（400，列出前 1000 处错误），不保存任何记录；已保存的记录重复提交只计一次；"
                    + "未得到 200 应答的批次可以重新提交。每个客户端有同时处理批次数和每秒记录数的限额，超出时返回 429。")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = ExchangeRecordBody.class),
                        examples = @ExampleObject(name = "2023-10", value = "[" + JSON_EXAMPLE + "]")),
                @Content(
                        mediaType = BatchReader.NDJSON,
                        // no example object: the document's generator would read the first line as a JSON value
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description = "One record a line, the members of ExchangeRecord, e.g.\n\n"
                                                + NDJSON_EXAMPLE)),
                @Content(
                        mediaType = BatchReader.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "2023-10", value = CSV_EXAMPLE))
            })
    @APIResponse(
            responseCode = "200",
            description = "Stored (已保存): records received, newly stored and duplicates",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IngestResultView.class)))
    @APIResponse(responseCode = "403", description = "Neither exchange-gateway nor platform-admin (无权提交)")
    @APIResponse(
            responseCode = "413",
            description = "More records than `exchange.max-batch-records`, or a body over the size limit (批次过大)")
    @APIResponse(
            responseCode = "429",
            description = "The client has too many batches in progress or posted records too fast; retry after"
                    + " `Retry-After` seconds (超出客户端限额)")
    @APIResponse(
            responseCode = "502",
            description = "catalog-service refused this service's call; nothing was stored (依赖的服务拒绝调用)")
    @APIResponse(
            responseCode = "503",
            description = "catalog-service or the database failed (`service` names it); nothing was stored unless a"
                    + " copy of the batch was: post it again (依赖的服务不可用，请重新提交)")
    public Uni<IngestResultView> post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        String mediaType =
                contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String client = IngestLimits.clientOf(this.identity);
        return this.service
                .ingest(mediaType, body, records -> this.limits.charge(client, records))
                .map(IngestResultView::from);
    }
}
