package io.govshare.request.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.govshare.request.domain.WorkingCalendar;

/**
 * Reads the holiday calendar file ({@code calendar/cn-holidays.json}: per year the official notice, its holiday
 * ranges and its adjusted working days) into a {@link WorkingCalendar}. A file that contradicts itself (an adjusted
 * working day on a weekday, a range that ends before it starts) is refused at startup rather than used.
 */
public final class HolidayCalendarFile {

    static final String CLASSPATH = "classpath:";

    /** The file's shape. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(List<Year> years) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Year(int year, String notice, List<Holiday> holidays, List<WorkingDay> workingDays) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Holiday(String name, LocalDate from, LocalDate to) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WorkingDay(String name, LocalDate date) {}

    private HolidayCalendarFile() {}

    /** Reads the calendar at {@code location} and adds the configured extra days and years. */
    public static WorkingCalendar read(
            String location,
            ZoneId zone,
            List<LocalDate> extraHolidays,
            List<LocalDate> extraWorkingDays,
            List<Integer> extraYears) {
        File file;
        try (InputStream in = open(location)) {
            file = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the holiday calendar " + location + ": " + e.getMessage(), e);
        }
        Set<LocalDate> holidays = new HashSet<>(extraHolidays);
        Set<LocalDate> workingDays = new HashSet<>(extraWorkingDays);
        Set<Integer> years = new HashSet<>(extraYears);
        for (Year year : file.years()) {
            years.add(year.year());
            for (Holiday holiday : year.holidays()) {
                if (holiday.to().isBefore(holiday.from())) {
                    throw new IllegalStateException(
                            "holiday " + holiday + " of " + location + " ends before it starts");
                }
                holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(holidays::add);
            }
            for (WorkingDay day : year.workingDays()) {
                workingDays.add(day.date());
            }
        }
        for (LocalDate day : workingDays) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalStateException(
                        "adjusted working day " + day + " of " + location + " is not on a weekend");
            }
        }
        return new WorkingCalendar(zone, holidays, workingDays, years);
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no such resource");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
