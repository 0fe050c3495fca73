package io.govshare.request.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.govshare.common.calendar.HolidayCalendar;
import io.govshare.common.calendar.HolidayCalendarReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days and working time on the shipped official calendar (国务院办公厅 2023–2026). */
class WorkingCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final HolidayCalendar BUILT_IN =
            HolidayCalendarReader.read("classpath:calendar/cn-holidays.json", List.of());
    static final WorkingCalendar CALENDAR =
            new WorkingCalendar(SHANGHAI, BUILT_IN.holidays(), BUILT_IN.adjustedWorkingDays(), BUILT_IN.coveredYears());

    static Instant at(String localTime) {
        return OffsetDateTime.parse(localTime + "+08:00").toInstant();
    }

    @Nested
    class WorkingDays {

        @Test
        void weekdaysWork_weekendsRest() {
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2023-10-16"))).isTrue(); // Monday
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2023-10-14"))).isFalse(); // Saturday
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2023-10-15"))).isFalse(); // Sunday
        }

        @Test
        void publicHolidaysOnWeekdays_rest() {
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2023-09-29"))).isFalse(); // 中秋节, Friday
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2023-10-02"))).isFalse(); // 国庆节, Monday
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2023-10-06"))).isFalse(); // 国庆节, Friday
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-02-16"))).isFalse(); // 春节, Friday
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2025-01-28"))).isFalse(); // 除夕, Tuesday
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-02-23"))).isFalse(); // 春节, Monday
        }

        @Test
        void adjustedWorkingWeekends_work() {
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2023-10-07"))).isTrue(); // Saturday, 调休上班
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2023-10-08"))).isTrue(); // Sunday, 调休上班
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-10-12"))).isTrue(); // Saturday
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2025-01-26"))).isTrue(); // Sunday
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-01-04"))).isTrue(); // Sunday after 元旦
        }

        @Test
        void everyShippedYear_isCovered_andOthersFallBackToWeekends() {
            assertThat(CALENDAR.coveredYears()).containsExactlyInAnyOrder(2023, 2024, 2025, 2026);
            assertThat(CALENDAR.covers(LocalDate.parse("2027-01-01"))).isFalse();
            assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue(); // a Friday, not known yet
        }

        @Test
        void shippedYears_haveTheirNumberOfWorkingDays() {
            // weekdays minus weekday holidays plus adjusted working weekends, as counted from each year's notice
            assertThat(workingDays(2023)).isEqualTo(249);
            assertThat(workingDays(2024)).isEqualTo(251);
            assertThat(workingDays(2025)).isEqualTo(248); // two more public holidays from 2025 on
            assertThat(workingDays(2026)).isEqualTo(248);
        }

        private long workingDays(int year) {
            return LocalDate.of(year, 1, 1)
                    .datesUntil(LocalDate.of(year + 1, 1, 1))
                    .filter(CALENDAR::isWorkingDay)
                    .count();
        }
    }

    @Nested
    class WorkingTime {

        @Test
        void withinOneWorkingDay_isTheElapsedTime() {
            assertThat(CALENDAR.workingTimeBetween(at("2023-10-09T09:30:00"), at("2023-10-09T11:45:00")))
                    .isEqualTo(Duration.ofMinutes(135));
        }

        @Test
        void acrossTheNationalDayHolidayAndItsAdjustedWeekend_countsOnlyWorkingDays() {
            // Thu 2023-09-28 16:00 → Mon 2023-10-09 09:00: 8 h of the 28th, nothing from 29 Sep to 6 Oct,
            // all of Sat 7 and Sun 8 Oct (adjusted working days), 9 h of the 9th
            assertThat(CALENDAR.workingTimeBetween(at("2023-09-28T16:00:00"), at("2023-10-09T09:00:00")))
                    .isEqualTo(Duration.ofHours(8 + 24 + 24 + 9));
        }

        @Test
        void overAnOrdinaryWeekend_skipsSaturdayAndSunday() {
            assertThat(CALENDAR.workingTimeBetween(at("2023-10-13T17:00:00"), at("2023-10-16T10:00:00")))
                    .isEqualTo(Duration.ofHours(7 + 10));
        }

        @Test
        void fromAHolidayToTheNextWorkingMorning_countsOnlyTheMorning() {
            assertThat(CALENDAR.workingTimeBetween(at("2023-10-03T10:00:00"), at("2023-10-07T08:30:00")))
                    .isEqualTo(Duration.ofMinutes(8 * 60 + 30));
        }

        @Test
        void backwardsOrEmpty_isZero() {
            assertThat(CALENDAR.workingTimeBetween(at("2023-10-09T10:00:00"), at("2023-10-09T09:00:00")))
                    .isZero();
        }

        @Test
        void addingWorkingTime_isTheInverseOfMeasuringIt() {
            Instant start = at("2023-09-27T14:20:00");
            for (int hours : new int[] {1, 10, 34, 35, 58, 100, 240}) {
                Instant end = CALENDAR.plusWorkingTime(start, Duration.ofHours(hours));
                assertThat(CALENDAR.workingTimeBetween(start, end)).isEqualTo(Duration.ofHours(hours));
            }
        }
    }

    @Nested
    class Deadlines {

        private final ResponseDeadline deadline = new ResponseDeadline(CALENDAR, 10);

        @Test
        void tenWorkingDays_withoutHolidays_areTwoWeeks() {
            assertThat(deadline.deadlineFor(at("2023-10-16T10:00:00"))).isEqualTo(at("2023-10-30T10:00:00"));
        }

        @Test
        void acrossTheNationalDayHoliday_andItsAdjustedWorkingWeekend() {
            // Thu 28 Sep; the holiday 29 Sep – 6 Oct rests, Sat 7 and Sun 8 Oct work:
            // working days 7, 8, 9, 10, 11, 12, 13, 16, 17, 18 Oct → due Wed 18 Oct at the same time
            assertThat(deadline.deadlineFor(at("2023-09-28T10:00:00"))).isEqualTo(at("2023-10-18T10:00:00"));
        }

        @Test
        void acrossSpringFestival2024_andItsTwoAdjustedSundays() {
            // Thu 2024-02-08; 10–17 Feb rest, Sun 18 Feb works: 9 (Fri), 18, 19, 20, 21, 22, 23, 26, 27, 28 Feb
            assertThat(deadline.deadlineFor(at("2024-02-08T15:00:00"))).isEqualTo(at("2024-02-28T15:00:00"));
        }

        @Test
        void submittedOnAHoliday_isDueAtTheEndOfTheTenthWorkingDay() {
            // submitted during the holiday: working days 7, 8, 9, 10, 11, 12, 13, 16, 17, 18 Oct; due at the end
            assertThat(deadline.deadlineFor(at("2023-10-03T10:00:00"))).isEqualTo(at("2023-10-19T00:00:00"));
        }

        @Test
        void overdue_meansALateFirstResponse_orNoneYetPastTheDeadline() {
            Instant due = at("2023-10-18T10:00:00");
            Instant before = at("2023-10-18T09:59:59");
            Instant after = at("2023-10-18T10:00:01");

            assertThat(ResponseDeadline.isOverdue(ShareRequestStatus.SIGNED, due, before, after, after))
                    .isFalse();
            assertThat(ResponseDeadline.isOverdue(ShareRequestStatus.REJECTED, due, after, after, after))
                    .isTrue();
            assertThat(ResponseDeadline.isOverdue(ShareRequestStatus.SUBMITTED, due, null, before, before))
                    .isFalse();
            assertThat(ResponseDeadline.isOverdue(ShareRequestStatus.SUBMITTED, due, null, before, after))
                    .isTrue();
            assertThat(ResponseDeadline.isOverdue(ShareRequestStatus.WITHDRAWN, due, null, before, after))
                    .isFalse();
            assertThat(ResponseDeadline.isOverdue(ShareRequestStatus.WITHDRAWN, due, null, after, after))
                    .isTrue();
            assertThat(ResponseDeadline.isOverdue(ShareRequestStatus.AUTO_APPROVED, due, null, before, after))
                    .isFalse();
        }

        @Test
        void responseTime_isMeasuredInWorkingSeconds() {
            assertThat(deadline.responseSeconds(at("2023-09-28T16:00:00"), at("2023-10-07T09:00:00")))
                    .isEqualTo((8 + 9) * 3600L);
        }
    }

    @Test
    void aDayCannotBeBothHolidayAndWorkingDay() {
        LocalDate day = LocalDate.parse("2023-10-07");
        assertThatThrownBy(() -> new WorkingCalendar(
                        SHANGHAI, java.util.Set.of(day), java.util.Set.of(day), java.util.Set.of(2023)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
