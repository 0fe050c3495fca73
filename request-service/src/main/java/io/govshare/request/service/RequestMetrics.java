package io.govshare.request.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

import io.govshare.common.calendar.HolidayCalendarMonitor;
import io.govshare.request.domain.ShareRequestStatus;
import io.govshare.request.persistence.WorkflowGauges;

/**
 * The metrics of request-service (k8s/README.md, "Metrics the services expose"): {@code govshare.requests.open} per
 * {@code status} (SUBMITTED, ACCEPTED, REVIEWED) and {@code govshare.requests.overdue}, read from the database every
 * {@code request.metrics.refresh} (one query on an index of the open requests, so every replica tells the same and a
 * scrape costs nothing), and the holiday calendar's {@code govshare.calendar.year.missing}, looked at again on the same
 * beat so that it follows the turn of the year ({@link HolidayCalendarMonitor}: the warning at start comes from here).
 */
@ApplicationScoped
public class RequestMetrics {

    private final Map<ShareRequestStatus, AtomicLong> open = new EnumMap<>(ShareRequestStatus.class);
    private final AtomicLong overdue = new AtomicLong();
    private final WorkflowGauges gauges;
    private final HolidayCalendarMonitor calendar;
    private final Clock clock;

    public RequestMetrics(MeterRegistry registry, WorkflowGauges gauges, HolidayCalendarMonitor calendar, Clock clock) {
        this.gauges = gauges;
        this.calendar = calendar;
        this.clock = clock;
        for (ShareRequestStatus status : ShareRequestStatus.PENDING) {
            AtomicLong value = new AtomicLong();
            this.open.put(status, value);
            Gauge.builder("govshare.requests.open", value, AtomicLong::get)
                    .description("Share requests not yet decided, per status")
                    .tag("status", status.name())
                    .register(registry);
        }
        Gauge.builder("govshare.requests.overdue", this.overdue, AtomicLong::get)
                .description("Share requests waiting for the provider's first response past their deadline")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        this.calendar.check();
    }

    /** Reads the figures again and looks at the calendar's years (the year may have turned). */
    @Scheduled(every = "${request.metrics.refresh:60s}", identity = "request-metrics")
    public Uni<Void> refresh() {
        this.calendar.check();
        return this.gauges
                .read(OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
                .invoke(figures -> {
                    figures.open()
                            .forEach((status, count) -> this.open.get(status).set(count));
                    this.overdue.set(figures.overdue());
                })
                .onFailure()
                .invoke(e -> Log.debugf("cannot read the workflow figures for the metrics: %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }
}
