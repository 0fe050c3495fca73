package io.govshare.request.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.govshare.common.calendar.HolidayCalendarMonitor;

/**
 * {@code holiday-calendar} in {@code /q/health/ready}: UP with {@code missingYears}, the current or next year the
 * holiday calendar lacks (the service still counts deadlines, those years by the weekend rule alone).
 */
@Readiness
@ApplicationScoped
public class HolidayCalendarHealthCheck implements HealthCheck {

    private final HolidayCalendarMonitor monitor;

    public HolidayCalendarHealthCheck(HolidayCalendarMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public HealthCheckResponse call() {
        return this.monitor.health();
    }
}
