package io.govshare.exchange.api;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The per-client limits of the ingestion door, on a clock of their own. */
class IngestLimitsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private IngestLimits limits(int concurrent, int perSecond, int burst) {
        return new IngestLimits(concurrent, perSecond, burst, this.clock::get, this.registry);
    }

    private double refused(String client, String reason) {
        var counter = this.registry
                .find("govshare.exchange.ingest.refused")
                .tags("client", client, "reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private void advanceSeconds(double seconds) {
        this.clock.addAndGet((long) (seconds * TimeUnit.SECONDS.toNanos(1)));
    }

    @Test
    void aClientMayHaveItsBatchesInProgress_andOneMoreIsRefusedUntilOneIsAnswered() {
        IngestLimits limits = limits(2, 0, 1);
        IngestLimits.Permit first = limits.admit("gw");
        limits.admit("gw");
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> limits.admit("gw"));
        assertThat(refused.type()).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfterSeconds()).isEqualTo(IngestLimits.BUSY_RETRY_AFTER_SECONDS);
        assertThat(refused.detail().toString()).contains("'gw'").contains("2 batches in progress");
        // another client is not affected
        limits.admit("other");
        first.release();
        first.release(); // a second release gives nothing back
        assertThat(limits.inFlight("gw")).isEqualTo(1);
        limits.admit("gw");
        assertThat(catchThrowableOfType(ProblemException.class, () -> limits.admit("gw")))
                .isNotNull();
        assertThat(refused("gw", "busy")).isEqualTo(2);
        assertThat(refused("gw", "rate")).isZero();
    }

    @Test
    void aClientInDebtOfRecordsWaitsUntilTheBucketHasRefilled() {
        IngestLimits limits = limits(10, 1000, 5000);
        limits.admit("gw").release();
        limits.charge("gw", 5000); // the burst, spent
        limits.admit("gw").release(); // an empty bucket still admits: it is not in debt
        limits.charge("gw", 3000); // 3,000 records into debt
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> limits.admit("gw"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfterSeconds()).isEqualTo(3);
        assertThat(refused.detail().toString()).contains("1000 a second").contains("retry after 3 s");
        advanceSeconds(2.5);
        assertThat(catchThrowableOfType(ProblemException.class, () -> limits.admit("gw"))
                        .retryAfterSeconds())
                .isEqualTo(1);
        advanceSeconds(0.5);
        limits.admit("gw").release();
        // the bucket never holds more than the burst
        advanceSeconds(3600);
        limits.charge("gw", 5001);
        assertThat(catchThrowableOfType(ProblemException.class, () -> limits.admit("gw")))
                .isNotNull();
        assertThat(refused("gw", "rate")).isEqualTo(3);
    }

    @Test
    void aRateOfZeroLimitsBatchesInProgressOnly() {
        IngestLimits limits = limits(1, 0, 1);
        IngestLimits.Permit permit = limits.admit("gw");
        limits.charge("gw", 1_000_000_000);
        permit.release();
        limits.admit("gw");
        assertThat(limits.inFlight("gw")).isEqualTo(1);
    }
}
