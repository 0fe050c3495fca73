package io.govshare.request.config;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.govshare.common.calendar.HolidayCalendarReader;
import io.govshare.request.domain.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The built-in calendar with the corrections of {@code request.calendar.extra-*} (the files and their merging:
 * common's {@code HolidayCalendarReaderTest}).
 */
class HolidayCalendarFileTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void extraDaysFromConfiguration_completeANewYear() {
        WorkingCalendar calendar = WorkingTimeProducer.workingCalendar(
                HolidayCalendarReader.read("classpath:calendar/cn-holidays.json", List.of()),
                ZONE,
                List.of(LocalDate.parse("2030-01-01")),
                List.of(LocalDate.parse("2030-01-05")),
                List.of(2030));

        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-01-05"))).isTrue();
        assertThat(calendar.covers(LocalDate.parse("2030-06-01"))).isTrue();
        // the built-in years are there too: 2023's National Day holiday and its adjusted working day
        assertThat(calendar.isWorkingDay(LocalDate.parse("2023-10-02"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2023-10-07"))).isTrue();
    }

    @Test
    void anExtraWorkingDayThatIsAHoliday_isRefused() {
        assertThatThrownBy(() -> WorkingTimeProducer.workingCalendar(
                        HolidayCalendarReader.read("classpath:calendar/cn-holidays.json", List.of()),
                        ZONE,
                        List.of(),
                        List.of(LocalDate.parse("2023-10-01")),
                        List.of()))
                .hasMessageContaining("2023-10-01");
    }
}
