package io.govshare.request.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.request.domain.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarFileTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void extraDaysFromConfiguration_completeANewYear() {
        WorkingCalendar calendar = HolidayCalendarFile.read(
                "classpath:calendar/cn-holidays.json",
                ZONE,
                List.of(LocalDate.parse("2027-01-01")),
                List.of(LocalDate.parse("2027-01-03")),
                List.of(2027));

        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-03"))).isTrue();
        assertThat(calendar.covers(LocalDate.parse("2027-06-01"))).isTrue();
    }

    @Test
    void aFile_isReadFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("calendar.json");
        Files.writeString(file, """
                {"years":[{"year":2030,"holidays":[{"name":"元旦","from":"2030-01-01","to":"2030-01-01"}],
                 "workingDays":[{"name":"元旦","date":"2029-12-29"}]}]}
                """);

        WorkingCalendar calendar = HolidayCalendarFile.read(file.toString(), ZONE, List.of(), List.of(), List.of());

        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2029-12-29"))).isTrue();
    }

    @Test
    void anAdjustedWorkingDayOnAWeekday_isRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("calendar.json");
        Files.writeString(file, """
                {"years":[{"year":2030,"holidays":[],"workingDays":[{"name":"错误","date":"2030-01-02"}]}]}
                """);

        assertThatThrownBy(() -> HolidayCalendarFile.read(file.toString(), ZONE, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2030-01-02");
    }

    @Test
    void aMissingFile_isRefused() {
        assertThatThrownBy(() ->
                        HolidayCalendarFile.read("classpath:calendar/none.json", ZONE, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
