package io.govshare.exchange.api;

import java.time.YearMonth;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.exchange.domain.Level;
import io.govshare.exchange.domain.Summary;

/** The exchange figures of a month in calls (docs/statistics.md, "Exchanges of month M"). */
@Schema(
        name = "ExchangeSummary",
        description = "Total calls of the month, and calls by the level of the provider (provided) and of the"
                + " consumer (used) (数据交换情况)")
public record SummaryView(
        @Schema(required = true) YearMonth month,

        @Schema(required = true, description = "Σ calls of the month (交换数据)", example = "32696905")
        long total,

        @Schema(required = true, description = "Calls by the level of the provider (提供数据服务)")
        ByLevel provided,

        @Schema(required = true, description = "Calls by the level of the consumer (使用数据)")
        ByLevel used) {

    /** Calls by the level of the organizations; 市州 = PREFECTURE + COUNTY. */
    @Schema(name = "ExchangeCallsByLevel", description = "Calls by organization level (按单位层级)")
    @JsonPropertyOrder({"NATIONAL", "PROVINCIAL", "PREFECTURE", "COUNTY"})
    public record ByLevel(
            @JsonProperty("NATIONAL") @Schema(required = true, description = "国家部委", example = "6183504")
            long national,

            @JsonProperty("PROVINCIAL") @Schema(required = true, description = "省直部门", example = "24707820")
            long provincial,

            @JsonProperty("PREFECTURE") @Schema(required = true, description = "市州", example = "1338946")
            long prefecture,

            @JsonProperty("COUNTY") @Schema(required = true, description = "区县", example = "466635")
            long county) {

        static ByLevel of(Map<Level, Long> calls) {
            return new ByLevel(
                    calls.getOrDefault(Level.NATIONAL, 0L),
                    calls.getOrDefault(Level.PROVINCIAL, 0L),
                    calls.getOrDefault(Level.PREFECTURE, 0L),
                    calls.getOrDefault(Level.COUNTY, 0L));
        }
    }

    static SummaryView from(YearMonth month, Summary summary) {
        return new SummaryView(month, summary.total(), ByLevel.of(summary.provided()), ByLevel.of(summary.used()));
    }
}
