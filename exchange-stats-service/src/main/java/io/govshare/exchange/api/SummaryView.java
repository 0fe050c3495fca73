package io.govshare.exchange.api;

import java.time.YearMonth;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.exchange.domain.Level;
import io.govshare.exchange.domain.Summary;

/** The exchange figures of a month in calls (DESIGN §7). */
@Schema(
        description =
                "Total calls of the month, and calls by the level of the provider (provided) and of the consumer (used)")
public record SummaryView(
        @Schema(example = "2023-10") String month, long total, Map<Level, Long> provided, Map<Level, Long> used) {

    static SummaryView from(YearMonth month, Summary summary) {
        return new SummaryView(month.toString(), summary.total(), summary.provided(), summary.used());
    }
}
