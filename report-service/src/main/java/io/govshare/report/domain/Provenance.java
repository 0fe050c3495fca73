package io.govshare.report.domain;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a figure group of a version came from (docs/report.md, "Provenance"): the service and the exact request that
 * answered it, and when. Anyone holding the version can repeat the request and compare.
 *
 * @param figure the group's path in {@code figures}, e.g. {@code exchange.topProviders}
 * @param service the service that answered, e.g. {@code exchange-stats-service}
 * @param request the request as sent, e.g. {@code GET /api/v1/exchange-stats/summary?month=2023-10}
 * @param fetchedAt when the answer arrived
 */
@Schema(name = "ReportProvenance", description = "The source of one figure group (数据来源)")
public record Provenance(
        @Schema(example = "exchange.summary") String figure,
        @Schema(example = "exchange-stats-service") String service,

        @Schema(example = "GET /api/v1/exchange-stats/summary?month=2023-10")
        String request,

        @Schema(example = "2023-11-03T07:00:01.52+08:00") OffsetDateTime fetchedAt) {}
