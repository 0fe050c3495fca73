package io.govshare.exchange.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One organization's exchange figures over a period of days (docs/statistics.md): calls it provided and used, and both split
 * by counterpart, by resource and by day. Counterparts and resources are ordered by their calls (provided + used)
 * descending, ties by code; every day of the period is listed, also without calls.
 */
public record OrganizationFigures(
        String orgCode,
        LocalDate from,
        LocalDate to,
        long provided,
        long used,
        List<Split> byCounterpart,
        List<Split> byResource,
        List<Day> byDay) {

    /** Calls with one counterpart or of one resource ({@code code} null: records that named no resource). */
    public record Split(String code, long provided, long used) {}

    /** Calls of one day. */
    public record Day(LocalDate date, long provided, long used) {}

    /** An aggregate row of the organization: as {@code side}, with the counterpart and resource, so many calls. */
    public record Row(Side side, String counterpart, String resourceCode, long calls) {}

    /** A row of the organization's days. */
    public record DayRow(LocalDate date, Side side, long calls) {}

    public static OrganizationFigures of(
            String orgCode, LocalDate from, LocalDate to, List<Row> rows, List<DayRow> days) {
        long provided = 0;
        long used = 0;
        Map<String, long[]> counterparts = new HashMap<>();
        Map<String, long[]> resources = new HashMap<>();
        for (Row row : rows) {
            int slot = row.side() == Side.PROVIDER ? 0 : 1;
            if (slot == 0) {
                provided += row.calls();
            } else {
                used += row.calls();
            }
            counterparts.computeIfAbsent(row.counterpart(), k -> new long[2])[slot] += row.calls();
            resources.computeIfAbsent(row.resourceCode(), k -> new long[2])[slot] += row.calls();
        }
        Map<LocalDate, long[]> perDay = new HashMap<>();
        for (DayRow day : days) {
            perDay.computeIfAbsent(day.date(), k -> new long[2])[day.side() == Side.PROVIDER ? 0 : 1] += day.calls();
        }
        List<Day> byDay = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long[] calls = perDay.getOrDefault(d, new long[2]);
            byDay.add(new Day(d, calls[0], calls[1]));
        }
        return new OrganizationFigures(
                orgCode, from, to, provided, used, splits(counterparts), splits(resources), byDay);
    }

    private static List<Split> splits(Map<String, long[]> calls) {
        List<Split> splits = new ArrayList<>(calls.size());
        calls.forEach((code, n) -> splits.add(new Split(code.isEmpty() ? null : code, n[0], n[1])));
        splits.sort(Comparator.comparingLong((Split s) -> s.provided() + s.used())
                .reversed()
                .thenComparing(Split::code, Comparator.nullsLast(Comparator.naturalOrder())));
        return splits;
    }
}
