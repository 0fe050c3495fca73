package io.govshare.exchange.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.common.input.Codes;

/**
 * One exchange record of a JSON or NDJSON batch, as the OpenAPI document describes it; the batch is read by
 * {@code io.govshare.exchange.ingest.BatchReader} in one streaming pass, not bound to this record.
 */
@Schema(
        name = "ExchangeRecord",
        description = "One exchange record (一条交换记录): who provided data to whom, when, how often")
public record ExchangeRecordBody(
        @Schema(
                required = true,
                maxLength = 128,
                description = "The gateway's id of the record, unique within the month of occurredAt;"
                        + " 1-128 characters without control characters (记录编号)",
                example = "gw-202310-000001")
        String id,

        @Schema(
                required = true,
                format = "date-time",
                description = "ISO-8601 instant with offset, from 1970-01-01T00:00Z to now plus the clock skew"
                        + " allowed (发生时间)",
                example = "2023-10-01T00:03:25+08:00")
        String occurredAt,

        @Schema(
                required = true,
                pattern = Codes.PATTERN,
                description = "Code of the providing organization in the catalog (提供单位)",
                example = "cn.sat")
        String providerOrg,

        @Schema(
                required = true,
                pattern = Codes.PATTERN,
                description = "Code of the consuming organization in the catalog (使用单位)",
                example = "qn.zwfwzx")
        String consumerOrg,

        @Schema(
                nullable = true,
                pattern = Codes.PATTERN,
                description = "Code of the data resource; absent, null or empty for none (数据资源)",
                example = "cn.sat.001")
        String resourceCode,

        @Schema(
                required = true,
                minimum = "1",
                maximum = "2147483647",
                description = "Calls the record counts (调用次数)",
                example = "296")
        long calls) {}
