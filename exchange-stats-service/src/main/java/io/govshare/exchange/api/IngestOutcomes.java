package io.govshare.exchange.api;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * {@code govshare.exchange.batches.refused} (k8s/README.md, "Metrics the services expose"): every answer to
 * {@code POST /api/v1/exchange-records}, counted by its status when it refuses the batch: 400 {@code invalid} (a bad
 * record, nothing stored), 413 {@code too_large} (too many records, or a body over the size limit, which Vert.x
 * refuses before any resource runs), 429 and 503 {@code overloaded} (the client's limits, or catalog-service or the
 * database unavailable: post again later). Counted at the router, first of all handlers, so that no refusal escapes;
 * the route has no path of its own and compares the raw path, so that matching it never decodes a URI.
 */
@ApplicationScoped
public class IngestOutcomes {

    static final String PATH = "/api/v1/exchange-records";

    private final Map<Integer, Counter> refused;

    public IngestOutcomes(MeterRegistry registry) {
        Counter invalid = counter(registry, "invalid");
        Counter tooLarge = counter(registry, "too_large");
        Counter overloaded = counter(registry, "overloaded");
        this.refused = Map.of(400, invalid, 413, tooLarge, 429, overloaded, 503, overloaded);
    }

    private static Counter counter(MeterRegistry registry, String reason) {
        return Counter.builder("govshare.exchange.batches.refused")
                .description("Batches of exchange records refused, by why")
                .tag("reason", reason)
                .register(registry);
    }

    void register(@Observes Router router) {
        // A route without a path: Vert.x would decode the path to match one and answer a malformed
        // percent-encoding with a bare 400 before HttpGate could answer it with a problem.
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.request().method() != HttpMethod.POST
                    || !PATH.equals(context.request().path())) {
                context.next();
                return;
            }
            context.addHeadersEndHandler(ended -> {
                Counter counter = this.refused.get(context.response().getStatusCode());
                if (counter != null) {
                    counter.increment();
                }
            });
            context.next();
        });
    }
}
