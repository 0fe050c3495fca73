package io.govshare.report.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.logging.Log;

import io.govshare.report.domain.WorkingCalendar;

/** The holiday calendar of the scheduled draft, read once at startup from {@code report.calendar.location}. */
public class CalendarProducer {

    @Produces
    @Singleton
    WorkingCalendar calendar(ReportConfig config) {
        WorkingCalendar calendar = HolidayCalendarFile.read(config.calendar().location());
        Log.infof("holiday calendar %s: years %s", config.calendar().location(), calendar.years());
        return calendar;
    }
}
