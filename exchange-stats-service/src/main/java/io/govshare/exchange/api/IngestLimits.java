package io.govshare.exchange.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;
import io.govshare.exchange.config.ExchangeConfig;
import io.govshare.exchange.domain.ExchangeMessages;

/**
 * The per-client limits of the ingestion door (ADR docs/adr/2026-12-06-ingestion-load-shedding.md): a client may have
 * {@code exchange.ingest.max-concurrent-batches} batches in progress, and posts records from a token bucket of
 * {@code exchange.ingest.burst-records} refilled at {@code exchange.ingest.records-per-second}. A batch is admitted
 * while its client is under both limits; the records it held are taken from the bucket once it has been read (its size
 * is known only then), so the bucket may go into debt, and the client's next batch waits until the debt is repaid. A
 * refusal is 429 {@code too-many-requests} with {@code Retry-After}, counted in the metric
 * {@code govshare_exchange_ingest_refused_total} by client and reason ({@code busy}, {@code rate}). Nothing here runs
 * per record.
 */
@ApplicationScoped
public class IngestLimits {

    /** Seconds a client waits when it has too many batches in progress: about the time a full batch takes. */
    static final int BUSY_RETRY_AFTER_SECONDS = 1;

    private final int maxConcurrent;
    private final double ratePerNano;
    private final int recordsPerSecond;
    private final double burst;
    private final LongSupplier nanoClock;
    private final MeterRegistry registry;
    private final ConcurrentMap<String, Client> clients = new ConcurrentHashMap<>();

    @Inject
    public IngestLimits(ExchangeConfig config, MeterRegistry registry) {
        this(
                config.ingest().maxConcurrentBatches(),
                config.ingest().recordsPerSecond(),
                config.ingest().burstRecords(),
                System::nanoTime,
                registry);
    }

    IngestLimits(
            int maxConcurrent, int recordsPerSecond, int burstRecords, LongSupplier nanoClock, MeterRegistry registry) {
        this.maxConcurrent = maxConcurrent;
        this.recordsPerSecond = recordsPerSecond;
        this.ratePerNano = recordsPerSecond / 1e9;
        this.burst = Math.max(burstRecords, 1);
        this.nanoClock = nanoClock;
        this.registry = registry;
    }

    /** The client a token was issued to ({@code azp}), or its subject when it names none. */
    public static String clientOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object azp = token.getClaim("azp");
            if (azp != null && !azp.toString().isBlank()) {
                return azp.toString().replace("\"", "");
            }
            if (token.getSubject() != null) {
                return token.getSubject();
            }
        }
        return identity.getPrincipal().getName();
    }

    /**
     * Admits a batch of the client, or refuses it with 429.
     *
     * @return the permit to release when the batch is answered
     */
    public Permit admit(String client) {
        Client state = this.clients.computeIfAbsent(client, c -> new Client(this.burst, this.nanoClock.getAsLong()));
        synchronized (state) {
            if (state.inFlight >= this.maxConcurrent) {
                refused(client, "busy");
                throw refusal(Text.of(ExchangeMessages.INGEST_BUSY, client, state.inFlight), BUSY_RETRY_AFTER_SECONDS);
            }
            refill(state);
            if (this.recordsPerSecond > 0 && state.tokens < 0) {
                int seconds = (int) Math.min(Integer.MAX_VALUE, Math.ceil(-state.tokens / this.recordsPerSecond));
                refused(client, "rate");
                throw refusal(Text.of(ExchangeMessages.INGEST_RATE, client, this.recordsPerSecond, seconds), seconds);
            }
            state.inFlight++;
        }
        return new Permit(state);
    }

    /** Takes the records a reading of the client's batch went through from its bucket. */
    public void charge(String client, int records) {
        Client state = this.clients.get(client);
        if (state == null || this.recordsPerSecond <= 0) {
            return;
        }
        synchronized (state) {
            refill(state);
            state.tokens -= records;
        }
    }

    /** The client's batches in progress now. */
    public int inFlight(String client) {
        Client state = this.clients.get(client);
        if (state == null) {
            return 0;
        }
        synchronized (state) {
            return state.inFlight;
        }
    }

    private void refill(Client state) {
        long now = this.nanoClock.getAsLong();
        state.tokens = Math.min(this.burst, state.tokens + (now - state.updated) * this.ratePerNano);
        state.updated = now;
    }

    private void refused(String client, String reason) {
        Counter.builder("govshare.exchange.ingest.refused")
                .description("Batches refused at the ingestion door (429), by client and limit")
                .tag("client", client)
                .tag("reason", reason)
                .register(this.registry)
                .increment();
    }

    private static ProblemException refusal(Text detail, int retryAfterSeconds) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail).retryAfter(retryAfterSeconds);
    }

    /** One client's batches in progress and its bucket; guarded by itself. */
    private static final class Client {
        private int inFlight;
        private double tokens;
        private long updated;

        Client(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }
    }

    /** An admitted batch; released once, when it is answered (or its connection closes). */
    public static final class Permit {
        private final Client state;
        private final AtomicBoolean released = new AtomicBoolean();

        Permit(Client state) {
            this.state = state;
        }

        public void release() {
            if (this.released.compareAndSet(false, true)) {
                synchronized (this.state) {
                    this.state.inFlight--;
                }
            }
        }
    }
}
