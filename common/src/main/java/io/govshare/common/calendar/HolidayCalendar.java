package io.govshare.common.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The holiday calendar a service counts working days with: the built-in years merged with the years of the
 * deployment's own calendar files ({@link HolidayCalendarReader}). A year outside it follows the weekend rule alone.
 */
public final class HolidayCalendar {

    private final SortedMap<Integer, CalendarYear> years;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workingDays = new HashSet<>();

    HolidayCalendar(Map<Integer, CalendarYear> years) {
        this.years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
        for (CalendarYear year : this.years.values()) {
            this.holidays.addAll(year.holidays());
            this.workingDays.addAll(year.workingDays());
        }
        for (LocalDate day : this.holidays) {
            if (this.workingDays.contains(day)) {
                throw new IllegalStateException("the holiday calendar has " + day
                        + " both as a holiday and as an adjusted working day (" + sourcesOf(day) + ")");
            }
        }
    }

    private String sourcesOf(LocalDate day) {
        SortedSet<String> sources = new TreeSet<>();
        for (CalendarYear year : this.years.values()) {
            if (year.holidays().contains(day) || year.workingDays().contains(day)) {
                sources.add(year.year() + " of " + year.source());
            }
        }
        return String.join(", ", sources);
    }

    /** The years whose official calendar is known, each with the file it came from. */
    public SortedMap<Integer, CalendarYear> years() {
        return this.years;
    }

    public SortedSet<Integer> coveredYears() {
        return new TreeSet<>(this.years.keySet());
    }

    /** Every public holiday of every covered year. */
    public Set<LocalDate> holidays() {
        return Collections.unmodifiableSet(this.holidays);
    }

    /** Every adjusted working day (a Saturday or Sunday worked) of every covered year. */
    public Set<LocalDate> adjustedWorkingDays() {
        return Collections.unmodifiableSet(this.workingDays);
    }
}
