package io.govshare.exchange.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the new records of one batch add to each aggregate (README "Storage"), summed per key and sorted by key, so
 * that the rows a batch appends fill the tables' indexes in order.
 */
public record BatchAggregates(List<Daily> daily, List<OrgDay> orgDays, List<OrgMonth> orgMonths) {

    /** Calls of a day, provider, consumer and resource. */
    public record Daily(int day, String providerOrg, String consumerOrg, String resourceCode, long calls) {}

    /** Calls of an organization on a day, on one side. */
    public record OrgDay(String orgCode, int day, Side side, long calls) {}

    /** Calls of an organization in a month, on one side. */
    public record OrgMonth(int month, Side side, String orgCode, long calls) {}

    private record DailyKey(int day, String providerOrg, String consumerOrg, String resourceCode) {

        /** Mixed: codes that differ in their last characters have close hashes, which crowd a large table's buckets. */
        @Override
        public int hashCode() {
            int h = ((this.day * 31 + this.providerOrg.hashCode()) * 31 + this.consumerOrg.hashCode()) * 31
                    + this.resourceCode.hashCode();
            return h * 0x9E3779B9;
        }
    }

    private record OrgDayKey(String orgCode, int day, Side side) {}

    private record OrgMonthKey(int month, Side side, String orgCode) {}

    /** Sums the given (new, distinct) records into the three aggregates. */
    public static BatchAggregates of(List<ExchangeRecord> records) {
        Map<DailyKey, long[]> daily = new HashMap<>(Math.max(16, records.size()));
        for (ExchangeRecord r : records) {
            daily.computeIfAbsent(
                                    new DailyKey(r.day(), r.providerOrg(), r.consumerOrg(), r.resourceCode()),
                                    k -> new long[1])[0] +=
                    r.calls();
        }
        Map<OrgDayKey, long[]> orgDays = new HashMap<>();
        Map<OrgMonthKey, long[]> orgMonths = new HashMap<>();
        List<Daily> dailyRows = new ArrayList<>(daily.size());
        for (Map.Entry<DailyKey, long[]> e : daily.entrySet()) {
            DailyKey k = e.getKey();
            long calls = e.getValue()[0];
            int month = RecordRules.monthStart(k.day());
            dailyRows.add(new Daily(k.day(), k.providerOrg(), k.consumerOrg(), k.resourceCode(), calls));
            add(orgDays, new OrgDayKey(k.providerOrg(), k.day(), Side.PROVIDER), calls);
            add(orgDays, new OrgDayKey(k.consumerOrg(), k.day(), Side.CONSUMER), calls);
            add(orgMonths, new OrgMonthKey(month, Side.PROVIDER, k.providerOrg()), calls);
            add(orgMonths, new OrgMonthKey(month, Side.CONSUMER, k.consumerOrg()), calls);
        }
        dailyRows.sort(Comparator.comparing(Daily::providerOrg)
                .thenComparingInt(Daily::day)
                .thenComparing(Daily::consumerOrg)
                .thenComparing(Daily::resourceCode));
        List<OrgDay> orgDayRows = new ArrayList<>(orgDays.size());
        orgDays.forEach((k, v) -> orgDayRows.add(new OrgDay(k.orgCode(), k.day(), k.side(), v[0])));
        orgDayRows.sort(Comparator.comparing(OrgDay::orgCode)
                .thenComparingInt(OrgDay::day)
                .thenComparing(OrgDay::side));
        List<OrgMonth> orgMonthRows = new ArrayList<>(orgMonths.size());
        orgMonths.forEach((k, v) -> orgMonthRows.add(new OrgMonth(k.month(), k.side(), k.orgCode(), v[0])));
        orgMonthRows.sort(Comparator.comparingInt(OrgMonth::month)
                .thenComparing(OrgMonth::side)
                .thenComparing(OrgMonth::orgCode));
        return new BatchAggregates(dailyRows, orgDayRows, orgMonthRows);
    }

    private static <K> void add(Map<K, long[]> map, K key, long calls) {
        map.computeIfAbsent(key, k -> new long[1])[0] += calls;
    }
}
