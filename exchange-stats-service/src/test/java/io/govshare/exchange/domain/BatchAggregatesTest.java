package io.govshare.exchange.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchAggregatesTest {

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    private static ExchangeRecord record(String id, String date, String p, String c, String r, long calls) {
        return new ExchangeRecord(id, day(date), RecordRules.monthStart(day(date)), p, c, r, calls);
    }

    @Test
    void of_sumsPerKey_andSortsEveryTableByKey() {
        BatchAggregates sums = BatchAggregates.of(List.of(
                record("1", "2023-10-02", "b", "a", "r", 5),
                record("2", "2023-10-02", "b", "a", "r", 7),
                record("3", "2023-10-01", "b", "a", "", 1),
                record("4", "2023-11-01", "a", "b", "r", 100)));
        assertThat(sums.daily())
                .extracting(
                        BatchAggregates.Daily::providerOrg, BatchAggregates.Daily::day, BatchAggregates.Daily::calls)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", day("2023-11-01"), 100L),
                        org.assertj.core.groups.Tuple.tuple("b", day("2023-10-01"), 1L),
                        org.assertj.core.groups.Tuple.tuple("b", day("2023-10-02"), 12L));
        assertThat(sums.orgMonths())
                .extracting(
                        BatchAggregates.OrgMonth::orgCode,
                        BatchAggregates.OrgMonth::side,
                        BatchAggregates.OrgMonth::calls)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("b", Side.PROVIDER, 13L),
                        org.assertj.core.groups.Tuple.tuple("a", Side.CONSUMER, 13L),
                        org.assertj.core.groups.Tuple.tuple("a", Side.PROVIDER, 100L),
                        org.assertj.core.groups.Tuple.tuple("b", Side.CONSUMER, 100L));
        assertThat(sums.orgDays().stream()
                        .mapToLong(BatchAggregates.OrgDay::calls)
                        .sum())
                .isEqualTo(2 * 113);
    }
}
