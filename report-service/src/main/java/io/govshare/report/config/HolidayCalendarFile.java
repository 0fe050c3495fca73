package io.govshare.report.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.govshare.report.domain.WorkingCalendar;

/**
 * Reads a holiday calendar file (the format of the built-in {@code calendar/cn-holidays.json}: per year its
 * {@code holidays} as {@code from}/{@code to} ranges and its {@code workingDays}) into a {@link WorkingCalendar}. A
 * file that cannot be read, or whose ranges end before they start, stops the service at startup.
 */
public final class HolidayCalendarFile {

    /** A location starting with this is a resource of the service; anything else is a file path. */
    public static final String CLASSPATH = "classpath:";

    private HolidayCalendarFile() {}

    public static WorkingCalendar read(String location) {
        JsonNode root;
        try (InputStream in = open(location)) {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the holiday calendar " + location + ": " + e.getMessage(), e);
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workingDays = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (JsonNode year : root.path("years")) {
            years.add(year.path("year").asInt());
            for (JsonNode range : year.path("holidays")) {
                LocalDate from = LocalDate.parse(range.path("from").asText());
                LocalDate to = LocalDate.parse(range.path("to").asText());
                if (to.isBefore(from)) {
                    throw new IllegalStateException(
                            "the holiday " + range + " of " + location + " ends before it starts");
                }
                from.datesUntil(to.plusDays(1)).forEach(holidays::add);
            }
            for (JsonNode day : year.path("workingDays")) {
                workingDays.add(LocalDate.parse(day.path("date").asText()));
            }
        }
        if (years.isEmpty()) {
            throw new IllegalStateException("the holiday calendar " + location + " has no years");
        }
        return new WorkingCalendar(holidays, workingDays, years);
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            InputStream in = HolidayCalendarFile.class
                    .getClassLoader()
                    .getResourceAsStream(location.substring(CLASSPATH.length()));
            if (in == null) {
                throw new IOException("no such resource");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
