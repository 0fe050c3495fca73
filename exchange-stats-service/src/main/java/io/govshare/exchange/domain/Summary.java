package io.govshare.exchange.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exchange figures of a month (docs/statistics.md): total calls, and calls by the level of the provider and of the consumer.
 * {@code unclassified} names organizations the catalog does not know; their calls are in {@code total} only, so that
 * the report's identity checks show the gap instead of hiding it.
 */
public record Summary(long total, Map<Level, Long> provided, Map<Level, Long> used, Set<String> unclassified) {

    /** Classifies the month's calls per organization ({@code provided} and {@code used} by org code). */
    public static Summary of(Map<String, Long> provided, Map<String, Long> used, Directory directory) {
        Set<String> unclassified = new TreeSet<>();
        Map<Level, Long> byProvider = byLevel(provided, directory, unclassified);
        Map<Level, Long> byConsumer = byLevel(used, directory, unclassified);
        long total = provided.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(total, byProvider, byConsumer, unclassified);
    }

    private static Map<Level, Long> byLevel(Map<String, Long> calls, Directory directory, Set<String> unclassified) {
        Map<Level, Long> sums = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            sums.put(level, 0L);
        }
        calls.forEach((code, n) -> {
            Organization org = directory.organization(code);
            if (org == null || org.level() == null) {
                unclassified.add(code);
            } else {
                sums.merge(org.level(), n, Long::sum);
            }
        });
        return sums;
    }
}
