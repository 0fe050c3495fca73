package io.govshare.exchange.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rankings of docs/statistics.md: descending by calls, ties by code; ranks are positions 1, 2, 3 … */
public final class Rankings {

    /** One ranked entry. */
    public record Entry(int rank, String code, String name, long calls) {}

    private static final Comparator<Map.Entry<String, Long>> ORDER = Comparator.<Map.Entry<String, Long>>comparingLong(
                    Map.Entry::getValue)
            .reversed()
            .thenComparing(Map.Entry::getKey);

    private Rankings() {}

    /**
     * Organizations of the level (any level when null) by their calls: every one with calls, and every active one of
     * the level with none, at most {@code limit}.
     */
    public static List<Entry> organizations(Map<String, Long> calls, Level level, int limit, Directory directory) {
        Map<String, Long> candidates = new HashMap<>();
        calls.forEach((code, n) -> {
            Organization org = directory.organization(code);
            if (level == null || (org != null && org.level() == level)) {
                candidates.put(code, n);
            }
        });
        for (Organization org : directory.organizations().values()) {
            if (org.active() && (level == null || org.level() == level)) {
                candidates.putIfAbsent(org.code(), 0L);
            }
        }
        List<Entry> ranking = new ArrayList<>();
        candidates.entrySet().stream()
                .sorted(ORDER)
                .limit(limit)
                .forEach(e -> ranking.add(
                        new Entry(ranking.size() + 1, e.getKey(), directory.nameOf(e.getKey()), e.getValue())));
        return ranking;
    }

    /** Every region of the directory with the calls of all its organizations (PREFECTURE and COUNTY bodies). */
    public static List<Entry> regions(Map<String, Long> calls, Directory directory) {
        Map<String, Long> sums = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Region region : directory.regions()) {
            sums.put(region.code(), 0L);
            names.put(region.code(), region.name());
        }
        calls.forEach((code, n) -> {
            Organization org = directory.organization(code);
            if (org != null && org.regionCode() != null && sums.containsKey(org.regionCode())) {
                sums.merge(org.regionCode(), n, Long::sum);
            }
        });
        List<Entry> ranking = new ArrayList<>();
        sums.entrySet().stream()
                .sorted(ORDER)
                .forEach(e ->
                        ranking.add(new Entry(ranking.size() + 1, e.getKey(), names.get(e.getKey()), e.getValue())));
        return ranking;
    }
}
