package io.govshare.report.domain;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A month's exchanges (数据交换情况) in calls: the total and the split by the provider's and consumer's level. */
@Schema(name = "ReportExchangeSummary", description = "Calls of the month by level (交换总量)")
public record ExchangeSummary(String month, long total, Map<Level, Long> provided, Map<Level, Long> used) {

    public ExchangeSummary {
        provided = complete(provided);
        used = complete(used);
    }

    public long provided(Level level) {
        return this.provided.get(level);
    }

    public long used(Level level) {
        return this.used.get(level);
    }

    /** Calls provided by 市州 bodies (PREFECTURE and COUNTY). */
    public long providedByPrefectures() {
        return provided(Level.PREFECTURE) + provided(Level.COUNTY);
    }

    /** Calls used by 市州 bodies (PREFECTURE and COUNTY). */
    public long usedByPrefectures() {
        return used(Level.PREFECTURE) + used(Level.COUNTY);
    }

    public long providedSum() {
        return this.provided.values().stream().mapToLong(Long::longValue).sum();
    }

    public long usedSum() {
        return this.used.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<Level, Long> complete(Map<Level, Long> byLevel) {
        Map<Level, Long> all = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Long calls = byLevel == null ? null : byLevel.get(level);
            all.put(level, calls == null ? 0L : calls);
        }
        return Map.copyOf(all);
    }
}
