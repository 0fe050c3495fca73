package io.govshare.request.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days, and how much working time lies between two instants (docs/architecture.md §5, docs/statistics.md).
 *
 * <p>A day is a working day when it is Monday to Friday and not a public holiday, or when it is an adjusted working
 * day (调休上班, a Saturday or Sunday worked in exchange for a longer holiday). Days are calendar days of the
 * platform time zone; working time counts every hour of a working day and none of a non-working day. The holiday
 * and adjusted working days come from the official calendar of each year in {@code coveredYears}; outside them only
 * the weekend rule applies.
 */
public final class WorkingCalendar {

    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> adjustedWorkingDays;
    private final Set<Integer> coveredYears;

    public WorkingCalendar(
            ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays, Set<Integer> coveredYears) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
        this.adjustedWorkingDays = Set.copyOf(adjustedWorkingDays);
        this.coveredYears = Set.copyOf(new TreeSet<>(coveredYears));
        for (LocalDate day : this.holidays) {
            if (this.adjustedWorkingDays.contains(day)) {
                throw new IllegalArgumentException(day + " cannot be both a holiday and an adjusted working day");
            }
        }
    }

    public ZoneId zone() {
        return this.zone;
    }

    /** True when the official calendar of the day's year is known (otherwise only weekends are days off). */
    public boolean covers(LocalDate day) {
        return this.coveredYears.contains(day.getYear());
    }

    public Set<Integer> coveredYears() {
        return this.coveredYears;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (this.holidays.contains(day)) {
            return false;
        }
        if (this.adjustedWorkingDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The working time in {@code [from, to)}: the elapsed time minus every part that falls on a non-working day. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(this.zone).toLocalDate();
        while (true) {
            Instant dayStart = day.atStartOfDay(this.zone).toInstant();
            if (!dayStart.isBefore(to)) {
                return total;
            }
            Instant dayEnd = day.plusDays(1).atStartOfDay(this.zone).toInstant();
            if (isWorkingDay(day)) {
                Instant start = from.isAfter(dayStart) ? from : dayStart;
                Instant end = to.isBefore(dayEnd) ? to : dayEnd;
                total = total.plus(Duration.between(start, end));
            }
            day = day.plusDays(1);
        }
    }

    /** The instant at which {@code amount} of working time has passed since {@code start}. */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        Duration left = amount;
        LocalDate day = start.atZone(this.zone).toLocalDate();
        Instant position = start;
        while (true) {
            Instant dayEnd = day.plusDays(1).atStartOfDay(this.zone).toInstant();
            if (isWorkingDay(day)) {
                Duration available = Duration.between(position, dayEnd);
                if (left.compareTo(available) <= 0) {
                    return position.plus(left);
                }
                left = left.minus(available);
            }
            day = day.plusDays(1);
            position = dayEnd;
        }
    }

    /** The instant at which {@code days} working days (of 24 hours each) have passed since {@code start}. */
    public Instant plusWorkingDays(Instant start, int days) {
        return plusWorkingTime(start, Duration.ofDays(days));
    }
}
