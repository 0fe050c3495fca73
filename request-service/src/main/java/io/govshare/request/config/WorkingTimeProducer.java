package io.govshare.request.config;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

import io.govshare.common.calendar.HolidayCalendar;
import io.govshare.common.calendar.HolidayCalendarMonitor;
import io.govshare.common.calendar.HolidayCalendarReader;
import io.govshare.request.domain.ResponseDeadline;
import io.govshare.request.domain.WorkingCalendar;

/** Makes the configured holiday calendar, the response deadline and the clock available to the services. */
public class WorkingTimeProducer {

    /**
     * The built-in years merged with the deployment's calendar files ({@code request.calendar.additional}); a file
     * that cannot be read or contradicts itself stops the service here, at start.
     */
    @Produces
    @Singleton
    HolidayCalendar holidayCalendar(RequestConfig config) {
        RequestConfig.Calendar settings = config.calendar();
        HolidayCalendar calendar = HolidayCalendarReader.read(
                settings.location(), settings.additional().orElse(List.of()));
        calendar.years().values().forEach(year -> Log.infof("holiday calendar %d from %s", year.year(), year.source()));
        return calendar;
    }

    /** The working days: the holiday calendar plus the configured extra days and years. */
    @Produces
    @Singleton
    WorkingCalendar calendar(HolidayCalendar holidays, RequestConfig config) {
        RequestConfig.Calendar settings = config.calendar();
        return workingCalendar(
                holidays,
                config.timeZone(),
                settings.extraHolidays().orElse(List.of()),
                settings.extraWorkingDays().orElse(List.of()),
                settings.extraYears().orElse(List.of()));
    }

    static WorkingCalendar workingCalendar(
            HolidayCalendar holidays,
            ZoneId zone,
            List<LocalDate> extraHolidays,
            List<LocalDate> extraWorkingDays,
            List<Integer> extraYears) {
        Set<LocalDate> holidayDays = new HashSet<>(holidays.holidays());
        holidayDays.addAll(extraHolidays);
        Set<LocalDate> workingDays = new HashSet<>(holidays.adjustedWorkingDays());
        workingDays.addAll(extraWorkingDays);
        Set<Integer> years = new HashSet<>(holidays.coveredYears());
        years.addAll(extraYears);
        return new WorkingCalendar(zone, holidayDays, workingDays, years);
    }

    /** Whether the calendar covers the current and the next year (readiness data, gauge, warning). */
    @Produces
    @Singleton
    HolidayCalendarMonitor calendarMonitor(WorkingCalendar calendar, RequestConfig config, MeterRegistry registry) {
        return new HolidayCalendarMonitor(calendar.coveredYears(), () -> LocalDate.now(config.timeZone()), registry);
    }

    @Produces
    @Singleton
    ResponseDeadline responseDeadline(WorkingCalendar calendar, RequestConfig config) {
        return new ResponseDeadline(calendar, config.responseWorkingDays());
    }

    /**
     * The clock of every recorded time, to the microsecond: what PostgreSQL keeps, so that an answer built from what
     * was just written shows the same times as a later read.
     */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
    }
}
