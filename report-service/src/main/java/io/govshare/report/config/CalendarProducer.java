package io.govshare.report.config;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import io.govshare.common.calendar.HolidayCalendar;
import io.govshare.common.calendar.HolidayCalendarMonitor;
import io.govshare.common.calendar.HolidayCalendarReader;
import io.govshare.report.domain.WorkingCalendar;

/**
 * The holiday calendar of the scheduled draft, read once at startup: the built-in years ({@code
 * report.calendar.location}) merged with the deployment's files ({@code report.calendar.additional}); a bad file stops
 * the service. Whether it covers the current and the next year is looked at at start and every hour
 * ({@link HolidayCalendarMonitor}: gauge, readiness data, warning).
 */
public class CalendarProducer {

    @Produces
    @Singleton
    HolidayCalendar holidayCalendar(ReportConfig config) {
        HolidayCalendar calendar = HolidayCalendarReader.read(
                config.calendar().location(), config.calendar().additional().orElse(List.of()));
        calendar.years().values().forEach(year -> Log.infof("holiday calendar %d from %s", year.year(), year.source()));
        return calendar;
    }

    @Produces
    @Singleton
    WorkingCalendar calendar(HolidayCalendar holidays) {
        return new WorkingCalendar(holidays.holidays(), holidays.adjustedWorkingDays(), holidays.coveredYears());
    }

    @Produces
    @Singleton
    HolidayCalendarMonitor calendarMonitor(HolidayCalendar holidays, ReportConfig config, MeterRegistry registry) {
        return new HolidayCalendarMonitor(holidays.coveredYears(), () -> LocalDate.now(config.timeZone()), registry);
    }

    /** Looks at the years at start (refusing a bad file there) and every hour, to follow the turn of the year. */
    @Singleton
    static class Watch {

        private final HolidayCalendarMonitor monitor;

        Watch(HolidayCalendarMonitor monitor) {
            this.monitor = monitor;
        }

        void start(@Observes StartupEvent event) {
            this.monitor.check();
        }

        @Scheduled(every = "${report.calendar.check:1h}", identity = "holiday-calendar")
        void check() {
            this.monitor.check();
        }
    }
}
