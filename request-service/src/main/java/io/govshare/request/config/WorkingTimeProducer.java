package io.govshare.request.config;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.logging.Log;

import io.govshare.request.domain.ResponseDeadline;
import io.govshare.request.domain.WorkingCalendar;

/** Makes the configured holiday calendar, the response deadline and the clock available to the services. */
public class WorkingTimeProducer {

    @Produces
    @Singleton
    WorkingCalendar calendar(RequestConfig config) {
        RequestConfig.Calendar settings = config.calendar();
        WorkingCalendar calendar = HolidayCalendarFile.read(
                settings.location(),
                config.timeZone(),
                settings.extraHolidays().orElse(List.of()),
                settings.extraWorkingDays().orElse(List.of()),
                settings.extraYears().orElse(List.of()));
        Log.infof("holiday calendar %s covers %s", settings.location(), calendar.coveredYears());
        if (!calendar.covers(LocalDate.now(config.timeZone()))) {
            Log.warnf(
                    "the holiday calendar does not cover %d: only weekends count as days off; add the year's official"
                            + " calendar (request.calendar.*)",
                    LocalDate.now(config.timeZone()).getYear());
        }
        return calendar;
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
