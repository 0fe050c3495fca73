package io.govshare.common.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads holiday calendar files (docs/architecture.md, "The response deadline and the holiday calendar"; the format of
 * the built-in {@code calendar/cn-holidays.json}) and merges them: the built-in years first, then the deployment's
 * own files, whose years replace the built-in ones of the same number. A file that cannot be read or contradicts
 * itself is refused with a message naming the file and the entry, so that a service does not start on a wrong
 * calendar (the pods of the previous rollout keep serving).
 *
 * <p>The format: {@code {"years": [{"year": 2027, "notice": "…", "holidays": [{"name": "元旦", "from": "2027-01-01",
 * "to": "2027-01-01"}, …], "workingDays": [{"name": "春节", "date": "2027-02-07"}, …]}]}}; an optional top-level
 * {@code description}. Every day of a year lies between the December before and the January after it; a holiday
 * range ends on or after its start and spans at most {@value #MAX_HOLIDAY_DAYS} days; an adjusted working day is a
 * Saturday or Sunday; a year appears once in a file and has at least one holiday. Unknown members are refused (they
 * are most likely a misspelt {@code holidays} or {@code workingDays}).
 */
public final class HolidayCalendarReader {

    /** A location starting with this is a resource of the service; anything else is a file or directory path. */
    public static final String CLASSPATH = "classpath:";

    static final int MAX_HOLIDAY_DAYS = 31;

    private static final Set<String> FILE_MEMBERS = Set.of("description", "years");
    private static final Set<String> YEAR_MEMBERS = Set.of("year", "notice", "holidays", "workingDays");
    private static final Set<String> HOLIDAY_MEMBERS = Set.of("name", "from", "to");
    private static final Set<String> WORKING_DAY_MEMBERS = Set.of("name", "date");

    private HolidayCalendarReader() {}

    /**
     * The built-in calendar merged with the additional ones.
     *
     * @param builtIn the service's own calendar ({@code classpath:calendar/cn-holidays.json}, or a file)
     * @param additional files, or directories whose {@code *.json} files are read in name order (a Kubernetes
     *     ConfigMap mounted as a directory; its hidden {@code ..data} entries are skipped); a year given here replaces
     *     the built-in one, and a year given by two of them is refused
     */
    public static HolidayCalendar read(String builtIn, List<String> additional) {
        Map<Integer, CalendarYear> years = new LinkedHashMap<>();
        for (CalendarYear year : readFile(builtIn)) {
            years.put(year.year(), year);
        }
        Map<Integer, CalendarYear> configured = new LinkedHashMap<>();
        for (String location : additional) {
            for (String file : files(location)) {
                for (CalendarYear year : readFile(file)) {
                    CalendarYear before = configured.put(year.year(), year);
                    if (before != null) {
                        throw new IllegalStateException("the holiday calendar year " + year.year() + " is in both "
                                + before.source() + " and " + file + ": keep it in one file");
                    }
                }
            }
        }
        years.putAll(configured);
        return new HolidayCalendar(years);
    }

    /** The calendar files a configured location names: itself, or the {@code *.json} files of a directory. */
    static List<String> files(String location) {
        if (location.startsWith(CLASSPATH)) {
            return List.of(location);
        }
        Path path = Path.of(location);
        if (!Files.exists(path)) {
            throw new IllegalStateException("the holiday calendar " + location + " does not exist");
        }
        if (!Files.isDirectory(path)) {
            return List.of(location);
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .map(Path::toString)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the holiday calendars in " + location + ": " + e, e);
        }
    }

    /** The years of one calendar file. */
    public static List<CalendarYear> readFile(String location) {
        JsonNode root;
        try (InputStream in = open(location)) {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the holiday calendar " + location + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("years").isArray()) {
            throw refused(location, "the file", "is not an object with an array \"years\"");
        }
        members(location, "the file", root, FILE_MEMBERS);
        List<CalendarYear> years = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int index = 0;
        for (JsonNode entry : root.path("years")) {
            String where = "years[" + index++ + "]";
            if (!entry.isObject() || !entry.path("year").isInt()) {
                throw refused(location, where, "has no integer \"year\"");
            }
            int year = entry.path("year").asInt();
            where = "year " + year;
            members(location, where, entry, YEAR_MEMBERS);
            if (year < 1949 || year > 2200) {
                throw refused(location, where, "is not a plausible year");
            }
            if (!seen.add(year)) {
                throw refused(location, where, "appears twice");
            }
            LocalDate first = LocalDate.of(year - 1, 12, 1);
            LocalDate last = LocalDate.of(year + 1, 1, 31);
            Set<LocalDate> holidays = new HashSet<>();
            int i = 0;
            for (JsonNode range : array(location, where, entry, "holidays")) {
                String at = where + " holidays[" + i++ + "]";
                members(location, at, range, HOLIDAY_MEMBERS);
                LocalDate from = date(location, at, range, "from");
                LocalDate to = date(location, at, range, "to");
                if (to.isBefore(from)) {
                    throw refused(location, at, "ends (" + to + ") before it starts (" + from + ")");
                }
                if (from.isBefore(first) || to.isAfter(last)) {
                    throw refused(location, at, "lies outside " + first + " … " + last);
                }
                if (from.plusDays(MAX_HOLIDAY_DAYS).isBefore(to.plusDays(1))) {
                    throw refused(location, at, "spans more than " + MAX_HOLIDAY_DAYS + " days");
                }
                from.datesUntil(to.plusDays(1)).forEach(holidays::add);
            }
            if (holidays.isEmpty()) {
                throw refused(location, where, "has no holidays");
            }
            Set<LocalDate> workingDays = new HashSet<>();
            i = 0;
            for (JsonNode day :
                    entry.has("workingDays") ? array(location, where, entry, "workingDays") : List.<JsonNode>of()) {
                String at = where + " workingDays[" + i++ + "]";
                members(location, at, day, WORKING_DAY_MEMBERS);
                LocalDate date = date(location, at, day, "date");
                if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    throw refused(location, at, date + " is a " + date.getDayOfWeek() + ", not a weekend day");
                }
                if (date.isBefore(first) || date.isAfter(last)) {
                    throw refused(location, at, "lies outside " + first + " … " + last);
                }
                if (holidays.contains(date)) {
                    throw refused(location, at, date + " is also a holiday");
                }
                workingDays.add(date);
            }
            String notice =
                    entry.path("notice").isTextual() ? entry.path("notice").asText() : null;
            years.add(new CalendarYear(year, notice, holidays, workingDays, location));
        }
        if (years.isEmpty()) {
            throw refused(location, "the file", "has no years");
        }
        return years;
    }

    private static Iterable<JsonNode> array(String location, String where, JsonNode entry, String name) {
        JsonNode node = entry.path(name);
        if (!node.isArray()) {
            throw refused(location, where, "has no array \"" + name + "\"");
        }
        return node;
    }

    private static LocalDate date(String location, String where, JsonNode node, String name) {
        if (!node.path(name).isTextual()) {
            throw refused(location, where, "has no \"" + name + "\" date");
        }
        try {
            return LocalDate.parse(node.path(name).asText());
        } catch (DateTimeParseException e) {
            throw refused(
                    location,
                    where,
                    "has \"" + name + "\": \"" + node.path(name).asText() + "\", not a date YYYY-MM-DD");
        }
    }

    private static void members(String location, String where, JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            throw refused(location, where, "is not an object");
        }
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw refused(
                        location,
                        where,
                        "has an unknown member \"" + name + "\" (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static IllegalStateException refused(String location, String where, String what) {
        return new IllegalStateException("the holiday calendar " + location + " is refused: " + where + " " + what);
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            InputStream in = loader == null ? null : loader.getResourceAsStream(resource);
            if (in == null) {
                in = HolidayCalendarReader.class.getClassLoader().getResourceAsStream(resource);
            }
            if (in == null) {
                throw new IOException("no such resource");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
