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
        long[] october = new long[BatchAggregates.DAYS];
        october[0] = 1; // 1 October
        long[] octoberPair = new long[BatchAggregates.DAYS];
        octoberPair[1] = 12; // 2 October: 5 + 7
        long[] november = new long[BatchAggregates.DAYS];
        november[0] = 100;
        assertThat(sums.pairMonths())
                .containsExactly(
                        new BatchAggregates.PairMonth(day("2023-10-01"), "b", "a", "", october),
                        new BatchAggregates.PairMonth(day("2023-10-01"), "b", "a", "r", octoberPair),
                        new BatchAggregates.PairMonth(day("2023-11-01"), "a", "b", "r", november));
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
        assertThat(sums.pairMonths())
                .extracting(BatchAggregates.PairMonth::calls)
                .containsExactly(1L, 12L, 100L);
    }

    @Test
    void of_putsEachDayOfAMonthInItsColumn_the31stIncluded() {
        BatchAggregates sums = BatchAggregates.of(List.of(
                record("1", "2024-01-31", "p", "c", "r", 3),
                record("2", "2024-02-29", "p", "c", "r", 4),
                record("3", "2024-01-01", "p", "c", "r", 2)));
        assertThat(sums.pairMonths()).hasSize(2);
        BatchAggregates.PairMonth january = sums.pairMonths().get(0);
        assertThat(january.month()).isEqualTo(day("2024-01-01"));
        assertThat(january.days()[0]).isEqualTo(2);
        assertThat(january.days()[30]).isEqualTo(3);
        BatchAggregates.PairMonth february = sums.pairMonths().get(1);
        assertThat(february.days()[28]).isEqualTo(4);
        assertThat(february.calls()).isEqualTo(4);
    }
}
