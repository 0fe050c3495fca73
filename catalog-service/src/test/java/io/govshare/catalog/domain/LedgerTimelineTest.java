package io.govshare.catalog.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerTimelineTest {

    private static LedgerChange change(String org, LedgerStatus status, String date) {
        return new LedgerChange(org, status, LocalDate.parse(date), null, null, OffsetDateTime.now(), "admin");
    }

    @Test
    void asOf_ordersByStatusThenTheDayReachedThenCode() {
        List<LedgerChange> changes = List.of(
                change("b", LedgerStatus.SCHEDULED, "2023-09-01"),
                change("a", LedgerStatus.SCHEDULED, "2023-09-01"),
                change("c", LedgerStatus.SCHEDULED, "2023-08-01"),
                change("c", LedgerStatus.COMPLETED, "2023-10-20"),
                change("d", LedgerStatus.IN_PROGRESS, "2023-10-02"));
        assertThat(LedgerTimeline.asOf(changes, LocalDate.parse("2023-10-31")))
                .extracting(LedgerUnitState::orgCode)
                .containsExactly("c", "d", "a", "b");
    }

    @Test
    void asOf_ignoresChangesAfterTheDay() {
        List<LedgerChange> changes = List.of(
                change("a", LedgerStatus.SCHEDULED, "2023-09-01"),
                change("a", LedgerStatus.IN_PROGRESS, "2023-11-01"),
                change("b", LedgerStatus.IN_PROGRESS, "2023-11-01"));
        assertThat(LedgerTimeline.asOf(changes, LocalDate.parse("2023-10-31")))
                .containsExactly(new LedgerUnitState("a", LedgerStatus.SCHEDULED, LocalDate.parse("2023-09-01"), null));
    }

    @Test
    void refusal_forbidsAnEarlierDateAndAStepBack() {
        List<LedgerChange> history = List.of(change("a", LedgerStatus.IN_PROGRESS, "2023-10-01"));
        assertThat(LedgerTimeline.refusal(history, LedgerStatus.COMPLETED, LocalDate.parse("2023-09-30")))
                .get()
                .asString()
                .contains("before the latest");
        assertThat(LedgerTimeline.refusal(history, LedgerStatus.SCHEDULED, LocalDate.parse("2023-10-05")))
                .get()
                .asString()
                .contains("cannot move");
        assertThat(LedgerTimeline.refusal(history, LedgerStatus.COMPLETED, LocalDate.parse("2023-10-01")))
                .isEmpty();
        assertThat(LedgerTimeline.refusal(List.of(), LedgerStatus.COMPLETED, LocalDate.parse("2020-01-01")))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LedgerStatus.class)
    void canMoveTo_onlyForward_orReplanningASchedule(LedgerStatus from) {
        for (LedgerStatus to : LedgerStatus.values()) {
            boolean expected =
                    to.ordinal() > from.ordinal() || (from == LedgerStatus.SCHEDULED && to == LedgerStatus.SCHEDULED);
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
        }
    }
}
