package io.govshare.common.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The current and the next year, watched across the turn of the year. */
class HolidayCalendarMonitorTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicReference<LocalDate> today = new AtomicReference<>(LocalDate.of(2026, 6, 1));
    private final HolidayCalendarMonitor monitor =
            new HolidayCalendarMonitor(Set.of(2025, 2026), this.today::get, this.registry);

    private double gauge(int year) {
        Gauge gauge = this.registry
                .find(HolidayCalendarMonitor.METRIC)
                .tag("year", String.valueOf(year))
                .gauge();
        assertThat(gauge).as("gauge for %d", year).isNotNull();
        return gauge.value();
    }

    @Test
    void theNextYearMissing_showsInTheGauge_andTheReadinessData_whichStaysUp() {
        assertThat(this.monitor.check()).containsExactly(2027);

        assertThat(gauge(2026)).isZero();
        assertThat(gauge(2027)).isOne();
        HealthCheckResponse health = this.monitor.health();
        assertThat(health.getName()).isEqualTo("holiday-calendar");
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(health.getData().orElseThrow())
                .containsEntry("missingYears", "2027")
                .containsEntry("checkedYears", "2026, 2027")
                .containsEntry("coveredYears", "2025, 2026");
    }

    @Test
    void atTheTurnOfTheYear_theGaugesFollow() {
        this.today.set(LocalDate.of(2025, 12, 31));
        assertThat(this.monitor.check()).isEmpty();
        assertThat(gauge(2025)).isZero();
        assertThat(gauge(2026)).isZero();
        assertThat(this.monitor.health().getData().orElseThrow()).containsEntry("missingYears", "");

        this.today.set(LocalDate.of(2026, 1, 1));
        assertThat(this.monitor.check()).containsExactly(2027);
        assertThat(this.registry.find(HolidayCalendarMonitor.METRIC).gauges()).hasSize(2);
        assertThat(this.registry
                        .find(HolidayCalendarMonitor.METRIC)
                        .tag("year", "2025")
                        .gauge())
                .isNull();
        assertThat(gauge(2027)).isOne();

        this.today.set(LocalDate.of(2028, 3, 1));
        assertThat(this.monitor.check()).containsExactly(2028, 2029);
        assertThat(gauge(2028)).isOne();
        assertThat(gauge(2029)).isOne();
    }
}
