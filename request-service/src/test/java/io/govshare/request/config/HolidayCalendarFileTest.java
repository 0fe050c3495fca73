package io.govshare.request.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void theConfiguredDirectory_isMergedAtStart_andABadFileThereStopsTheService(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cn-holidays-2030.json"), """
                {"years": [{"year": 2030, "holidays": [{"name": "元旦", "from": "2030-01-01", "to": "2030-01-01"}]}]}""");
        WorkingTimeProducer producer = new WorkingTimeProducer();

        assertThat(producer.holidayCalendar(config(dir)).coveredYears()).containsExactly(2023, 2024, 2025, 2026, 2030);

        Files.writeString(dir.resolve("cn-holidays-2031.json"), """
                {"years": [{"year": 2031, "holidays": [{"name": "元旦", "from": "2031-01-01", "to": "2031-01-01"}],
                            "workingDays": [{"name": "元旦", "date": "2031-01-02"}]}]}""");
        assertThatThrownBy(() -> producer.holidayCalendar(config(dir)))
                .hasMessageContaining("cn-holidays-2031.json is refused")
                .hasMessageContaining("2031-01-02 is a THURSDAY, not a weekend day");
    }

    /** request.* with the built-in calendar and the directory as {@code request.calendar.additional}. */
    private static RequestConfig config(Path additional) {
        RequestConfig.Calendar calendar = new RequestConfig.Calendar() {
            @Override
            public String location() {
                return "classpath:calendar/cn-holidays.json";
            }

            @Override
            public Optional<List<String>> additional() {
                return Optional.of(List.of(additional.toString()));
            }

            @Override
            public Optional<List<LocalDate>> extraHolidays() {
                return Optional.empty();
            }

            @Override
            public Optional<List<LocalDate>> extraWorkingDays() {
                return Optional.empty();
            }

            @Override
            public Optional<List<Integer>> extraYears() {
                return Optional.empty();
            }
        };
        return new RequestConfig() {
            @Override
            public ZoneId timeZone() {
                return ZONE;
            }

            @Override
            public int responseWorkingDays() {
                return 10;
            }

            @Override
            public Calendar calendar() {
                return calendar;
            }

            @Override
            public Import importing() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Metrics metrics() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
