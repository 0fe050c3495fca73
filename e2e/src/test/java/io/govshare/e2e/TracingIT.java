package io.govshare.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One trace across the platform (docs/architecture.md, "Operations"): a report build started with a W3C
 * {@code traceparent} continues in report-service and in each call it makes to catalog-, request- and
 * exchange-stats-service. The test is the OTLP/HTTP receiver: scripts/test starts the stack with
 * {@code GOVSHARE_OTLP_ENDPOINT=http://127.0.0.1:4318}.
 */
class TracingIT {

    static final int PORT = Integer.getInteger("govshare.e2e.otlp-port", 4318);
    static final Set<String> SERVICES =
            Set.of("report-service", "catalog-service", "request-service", "exchange-stats-service");

    /** trace id → service name → number of spans. */
    static final Map<String, Map<String, Integer>> SPANS = new ConcurrentHashMap<>();

    /** What the receiver could not read. */
    static final List<String> RECEIVER_ERRORS = new CopyOnWriteArrayList<>();

    static HttpServer receiver;

    @BeforeAll
    static void receive() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        receiver.createContext("/v1/traces", exchange -> {
            try (exchange) {
                try {
                    record(exchange);
                } catch (RuntimeException | Error e) {
                    // an export this receiver cannot read is a failure of the test, shown in its message
                    RECEIVER_ERRORS.add(e.toString());
                    exchange.sendResponseHeaders(500, -1);
                }
            }
        });
        receiver.start();
    }

    static void record(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        ExportTraceServiceRequest request =
                ExportTraceServiceRequest.parseFrom(exchange.getRequestBody().readAllBytes());
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(attribute -> attribute.getKey().equals("service.name"))
                    .map(KeyValue::getValue)
                    .map(value -> value.getStringValue())
                    .findFirst()
                    .orElse("?");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    String trace = HexFormat.of().formatHex(span.getTraceId().toByteArray());
                    SPANS.computeIfAbsent(trace, t -> new ConcurrentHashMap<>()).merge(service, 1, Integer::sum);
                }
            }
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody()
                .write(io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.getDefaultInstance()
                        .toByteArray());
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
    }

    @Test
    void aReportBuildIsOneTraceThroughAllFourServices() throws InterruptedException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String traceId = HexFormat.of().formatHex(random, 0, 16);
        String parentId = HexFormat.of().formatHex(random, 16, 24);
        given().auth()
                .oauth2(Tokens.of(Caller.EDITOR))
                .header("traceparent", "00-" + traceId + "-" + parentId + "-01")
                .post(Stack.url(Stack.REPORT) + "/api/v1/reports/1998-06/build")
                .then()
                .statusCode(201);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)
                && !SPANS.getOrDefault(traceId, Map.of()).keySet().containsAll(SERVICES)) {
            Thread.sleep(500);
        }
        assertThat(new TreeMap<>(SPANS.getOrDefault(traceId, Map.of())))
                .as(
                        "spans of trace %s by service (the stack must export to 127.0.0.1:%d:"
                                + " GOVSHARE_OTLP_ENDPOINT, as scripts/test sets it); all traces seen: %s;"
                                + " exports the receiver could not read: %s",
                        traceId, PORT, SPANS.keySet().size(), RECEIVER_ERRORS)
                .containsKeys(SERVICES.toArray(String[]::new));
    }
}
