package io.govshare.common.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the official PRC holiday calendar, as the General Office of the State Council announces it: its public
 * holidays (放假) and its adjusted working days (调休上班, weekends worked). Days may fall in the neighbouring years
 * (2023's New Year holiday begins on 2022-12-31). {@code source} names the file it was read from.
 */
public record CalendarYear(
        int year, String notice, Set<LocalDate> holidays, Set<LocalDate> workingDays, String source) {

    public CalendarYear {
        holidays = Set.copyOf(holidays);
        workingDays = Set.copyOf(workingDays);
    }
}
