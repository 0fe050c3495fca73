package io.govshare.request.service;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One provider's response timeliness in a month (docs/statistics.md, "Response timeliness of month M" 申请响应及时度),
 * with the provider's catalog name.
 */
@Schema(
        name = "ResponseTimeliness",
        description = "A provider's response times over the month's requests (申请响应及时度)",
        requiredProperties = {"rank", "providerOrg", "responded", "meanResponseHours", "medianResponseHours", "overdue"
        })
public record Timeliness(
        @Schema(description = "Position among all providers, fastest mean first", example = "1")
        int rank,

        @Schema(example = "gz.scjgj") String providerOrg,

        @Schema(
                description = "The catalog's name; null when the catalog does not know the code",
                nullable = true,
                example = "省市场监管局")
        String providerName,

        @Schema(description = "Requests responded to (accepted or rejected at ACCEPT)", example = "26")
        long responded,

        @Schema(description = "Mean working hours to the response, to 0.01 h", example = "3.42")
        BigDecimal meanResponseHours,

        @Schema(description = "Median working hours to the response, to 0.01 h", example = "1.5")
        BigDecimal medianResponseHours,

        @Schema(description = "Responses after the deadline", example = "0")
        long overdue) {}
