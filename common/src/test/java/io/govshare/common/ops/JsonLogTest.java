package io.govshare.common.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production log format: every line is a JSON object, and a line logged while a traced request is served
 * carries the request's trace id (and a traceparent sent by the caller is continued, not replaced).
 */
@QuarkusTest
@TestProfile(JsonLogTest.JsonLogs.class)
class JsonLogTest {

    static final Path LOG = Path.of("target/json-log-test.log");
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    /** JSON lines into a file, tracing on (exporting to a port where nothing listens: the ids exist anyway). */
    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.json.enabled", "true",
                    "quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:1",
                    "quarkus.log.category.\"io.opentelemetry\".level", "OFF");
        }
    }

    @Test
    void everyLineIsJsonAndTheRequestsLineHasItsTraceId() throws IOException {
        given().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .get("/api/test/log")
                .then()
                .statusCode(200);
        List<JsonNode> lines = readLines();
        assertThat(lines).isNotEmpty();
        JsonNode line = lines.stream()
                .filter(l -> l.path("message").asText().equals("a line logged while serving a request"))
                .findFirst()
                .orElseThrow();
        assertThat(line.path("mdc").path("traceId").asText()).isEqualTo(TRACE_ID);
        assertThat(line.path("mdc").path("spanId").asText()).hasSize(16);
        assertThat(line.path("level").asText()).isEqualTo("INFO");
    }

    private static List<JsonNode> readLines() throws IOException {
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(LOG).stream()
                .filter(l -> !l.isBlank())
                .map(l -> {
                    try {
                        return json.readTree(l);
                    } catch (IOException e) {
                        throw new AssertionError("not a JSON line: " + l, e);
                    }
                })
                .toList();
    }
}
