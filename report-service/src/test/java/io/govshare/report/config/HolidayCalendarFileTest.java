package io.govshare.report.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.common.calendar.HolidayCalendar;
import io.govshare.common.calendar.HolidayCalendarReader;
import io.govshare.report.domain.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The working days of the built-in PRC calendar, and a calendar file of the deployment's own (the files' format and
 * merging: common's {@code HolidayCalendarReaderTest}).
 */
class HolidayCalendarFileTest {

    private static final WorkingCalendar BUILT_IN = read("classpath:calendar/cn-holidays.json");

    private static WorkingCalendar read(String location, String... additional) {
        HolidayCalendar calendar = HolidayCalendarReader.read(location, List.of(additional));
        return new WorkingCalendar(calendar.holidays(), calendar.adjustedWorkingDays(), calendar.coveredYears());
    }

    @Test
    void theThirdWorkingDay_countsTheAdjustedWorkingDays_andSkipsTheHolidays() {
        // 2023-10: holidays until the 6th; Saturday the 7th and Sunday the 8th are adjusted working days (调休上班)
        assertThat(BUILT_IN.workingDay(YearMonth.of(2023, 10), 3)).isEqualTo(LocalDate.of(2023, 10, 9));
        // 2024-10: holidays until the 7th
        assertThat(BUILT_IN.workingDay(YearMonth.of(2024, 10), 3)).isEqualTo(LocalDate.of(2024, 10, 10));
        // 2024-02: Thursday the 1st, Friday the 2nd, Sunday the 4th (调休上班 before the Spring Festival)
        assertThat(BUILT_IN.workingDay(YearMonth.of(2024, 2), 3)).isEqualTo(LocalDate.of(2024, 2, 4));
        // 2025-01: New Year's Day off, then Thursday the 2nd, Friday the 3rd, Monday the 6th
        assertThat(BUILT_IN.workingDay(YearMonth.of(2025, 1), 3)).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(BUILT_IN.covers(2026)).isTrue();
    }

    @Test
    void aYearTheCalendarDoesNotCover_countsWeekendsOnly() {
        assertThat(BUILT_IN.covers(2101)).isFalse();
        // 2101-03-01 is a Tuesday
        assertThat(BUILT_IN.workingDay(YearMonth.of(2101, 3), 3)).isEqualTo(LocalDate.of(2101, 3, 3));
        assertThat(BUILT_IN.workingDay(YearMonth.of(2101, 3), 40)).isEqualTo(LocalDate.of(2101, 3, 31));
    }

    @Test
    void aFileOfTheDeployment_isReadFromItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("holidays.json");
        Files.writeString(file, """
                {"years": [{"year": 2027, "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
                            "workingDays": [{"name": "元旦", "date": "2027-01-09"}]}]}""");
        WorkingCalendar calendar = read("classpath:calendar/cn-holidays.json", file.toString());
        assertThat(calendar.covers(2027)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
        assertThat(calendar.workingDay(YearMonth.of(2027, 1), 3)).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(calendar.covers(2026)).as("the built-in years stay").isTrue();
    }

    @Test
    void aFileThatCannotBeRead_orContradictsItself_stopsTheService(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> read(dir.resolve("none.json").toString()))
                .hasMessageContaining("cannot read the holiday calendar");
        Path backwards = dir.resolve("backwards.json");
        Files.writeString(backwards, """
                {"years": [{"year": 2027, "holidays": [{"from": "2027-01-03", "to": "2027-01-01"}]}]}""");
        assertThatThrownBy(() -> read(backwards.toString())).hasMessageContaining("before it starts");
    }
}
