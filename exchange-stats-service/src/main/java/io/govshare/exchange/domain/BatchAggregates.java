package io.govshare.exchange.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the new records of one batch add to each aggregate (README "Storage"), summed per key and sorted by key, so
 * that the rows a batch appends fill the tables' indexes in order.
 */
public record BatchAggregates(List<PairMonth> pairMonths, List<OrgMonth> orgMonths) {

    /** The most days a month has: a {@link PairMonth} holds one sum for each. */
    public static final int DAYS = 31;

    /**
     * Calls of a provider, consumer and resource in a month, per day: {@code days[d - 1]} is the sum of day {@code d}
     * of the month (0 when there was none).
     */
    public record PairMonth(int month, String providerOrg, String consumerOrg, String resourceCode, long[] days) {

        /** The calls of every day together. */
        public long calls() {
            long sum = 0;
            for (long d : this.days) {
                sum += d;
            }
            return sum;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PairMonth p
                    && p.month == this.month
                    && p.providerOrg.equals(this.providerOrg)
                    && p.consumerOrg.equals(this.consumerOrg)
                    && p.resourceCode.equals(this.resourceCode)
                    && Arrays.equals(p.days, this.days);
        }

        @Override
        public int hashCode() {
            return new PairKey(this.month, this.providerOrg, this.consumerOrg, this.resourceCode).hashCode() * 31
                    + Arrays.hashCode(this.days);
        }

        @Override
        public String toString() {
            return "PairMonth[" + this.month + ", " + this.providerOrg + ", " + this.consumerOrg + ", "
                    + this.resourceCode + ", " + Arrays.toString(this.days) + "]";
        }
    }

    /** Calls of an organization in a month, on one side. */
    public record OrgMonth(int month, Side side, String orgCode, long calls) {}

    private record PairKey(int month, String providerOrg, String consumerOrg, String resourceCode) {

        /** Mixed: codes that differ in their last characters have close hashes, which crowd a large table's buckets. */
        @Override
        public int hashCode() {
            int h = ((this.month * 31 + this.providerOrg.hashCode()) * 31 + this.consumerOrg.hashCode()) * 31
                    + this.resourceCode.hashCode();
            return h * 0x9E3779B9;
        }
    }

    private record OrgMonthKey(int month, Side side, String orgCode) {}

    /** Sums the given (new, distinct) records into the two aggregates. */
    public static BatchAggregates of(List<ExchangeRecord> records) {
        Map<PairKey, long[]> pairs = new HashMap<>(Math.max(16, records.size() / 4));
        for (ExchangeRecord r : records) {
            pairs.computeIfAbsent(
                                    new PairKey(r.month(), r.providerOrg(), r.consumerOrg(), r.resourceCode()),
                                    k -> new long[DAYS])[r.day() - r.month()] +=
                    r.calls();
        }
        Map<OrgMonthKey, long[]> orgMonths = new HashMap<>();
        List<PairMonth> pairRows = new ArrayList<>(pairs.size());
        for (Map.Entry<PairKey, long[]> e : pairs.entrySet()) {
            PairKey k = e.getKey();
            PairMonth row = new PairMonth(k.month(), k.providerOrg(), k.consumerOrg(), k.resourceCode(), e.getValue());
            pairRows.add(row);
            long calls = row.calls();
            add(orgMonths, new OrgMonthKey(k.month(), Side.PROVIDER, k.providerOrg()), calls);
            add(orgMonths, new OrgMonthKey(k.month(), Side.CONSUMER, k.consumerOrg()), calls);
        }
        pairRows.sort(Comparator.comparingInt(PairMonth::month)
                .thenComparing(PairMonth::providerOrg)
                .thenComparing(PairMonth::consumerOrg)
                .thenComparing(PairMonth::resourceCode));
        List<OrgMonth> orgMonthRows = new ArrayList<>(orgMonths.size());
        orgMonths.forEach((k, v) -> orgMonthRows.add(new OrgMonth(k.month(), k.side(), k.orgCode(), v[0])));
        orgMonthRows.sort(Comparator.comparingInt(OrgMonth::month)
                .thenComparing(OrgMonth::side)
                .thenComparing(OrgMonth::orgCode));
        return new BatchAggregates(pairRows, orgMonthRows);
    }

    private static <K> void add(Map<K, long[]> map, K key, long calls) {
        map.computeIfAbsent(key, k -> new long[1])[0] += calls;
    }
}
