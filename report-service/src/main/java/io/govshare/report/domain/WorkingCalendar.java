package io.govshare.report.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * The working days of the People's Republic of China (docs/architecture.md, "The response deadline and the holiday
 * calendar"): Monday to Friday, except the public holidays (放假), plus the adjusted working days (调休上班) on
 * weekends, as the State Council announces them per year. A year the calendar does not cover follows the weekend
 * rule alone.
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays, Set<Integer> years) {

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
        adjustedWorkingDays = Set.copyOf(adjustedWorkingDays);
        years = Set.copyOf(years);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (this.holidays.contains(day)) {
            return false;
        }
        if (this.adjustedWorkingDays.contains(day)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the official calendar of the year is known (otherwise only weekends are days off). */
    public boolean covers(int year) {
        return this.years.contains(year);
    }

    /** The n-th working day of a month (n from 1), or its last working day when it has fewer than n. */
    public LocalDate workingDay(YearMonth month, int n) {
        LocalDate found = null;
        int count = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                found = day;
                if (++count == n) {
                    break;
                }
            }
        }
        return found;
    }
}
