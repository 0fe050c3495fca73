package io.govshare.report.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

import io.govshare.report.domain.Check;
import io.govshare.report.persistence.ReportVersionRepository;

/**
 * The metrics of report-service (k8s/README.md, "Metrics the services expose"): {@code govshare.report.build}, the
 * time to build one version, and {@code govshare.report.checks.failed}, the failing checks of the latest version built
 * on any replica (read again from the database every minute, so that every replica tells the same).
 */
@ApplicationScoped
public class ReportMetrics {

    private final Timer builds;
    private final AtomicInteger checksFailed = new AtomicInteger();
    private final ReportVersionRepository versions;
    private final SnapshotCodec codec;

    public ReportMetrics(MeterRegistry registry, ReportVersionRepository versions, SnapshotCodec codec) {
        this.versions = versions;
        this.codec = codec;
        this.builds = Timer.builder("govshare.report.build")
                .description("Time to build one report version")
                .register(registry);
        registry.gauge("govshare.report.checks.failed", this.checksFailed);
    }

    /** A version was built in this time with these checks. */
    void built(List<Check> checks, long nanos) {
        this.builds.record(Duration.ofNanos(nanos));
        this.checksFailed.set(failed(checks));
    }

    /** Reads the latest version's checks again (another replica may have built since). */
    @Scheduled(every = "${report.metrics.refresh:60s}", identity = "report-metrics")
    Uni<Void> refresh() {
        return this.versions
                .findLatestBuilt()
                .invoke(row -> this.checksFailed.set(row == null ? 0 : failed(this.codec.checks(row.checks))))
                .onFailure()
                .invoke(e -> Log.debugf("cannot read the latest report version for the metrics: %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    int checksFailed() {
        return this.checksFailed.get();
    }

    private static int failed(List<Check> checks) {
        return (int) checks.stream().filter(c -> !c.ok()).count();
    }
}
