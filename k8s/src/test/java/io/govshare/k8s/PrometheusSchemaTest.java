package io.govshare.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ServiceMonitors, PodMonitor and PrometheusRule of every render, validated with the published schema of the
 * Prometheus Operator's objects (npm @kubernetes-models/prometheus-operator, installed by this test into
 * target/node-validate) by src/test/node/validate-prometheus.mjs. Unknown fields are KubeSchema's part (fabric8's
 * strict models, RenderedManifestsTest); this adds the published types, enumerations and duration patterns.
 */
class PrometheusSchemaTest {

    static final String PACKAGE = "@kubernetes-models/prometheus-operator@6.0.0";

    static final Path DIR = Renders.K8S.resolve("target/node-validate");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> KINDS = List.of("ServiceMonitor", "PodMonitor", "PrometheusRule");

    @Test
    void prometheusOperatorObjects_fitThePublishedSchema() throws Exception {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Source source : Source.values()) {
            Renders.objects(source).stream()
                    .filter(o -> KINDS.contains(o.get("kind")))
                    .forEach(objects::add);
        }
        assertThat(objects.stream().map(o -> o.get("kind")).distinct())
                .as("the renders hold every kind")
                .containsExactlyInAnyOrderElementsOf(KINDS);
        var result = validate(objects);
        assertThat(result.output()).as(result.output()).doesNotContain("INVALID");
        assertThat(result.exit()).isZero();
        assertThat(result.output().lines().filter(l -> l.startsWith("ok "))).hasSize(objects.size());
    }

    @Test
    void validation_rejectsAWrongTypeAndABadDuration() throws Exception {
        Map<String, Object> rule = Map.of(
                "apiVersion",
                "monitoring.coreos.com/v1",
                "kind",
                "PrometheusRule",
                "metadata",
                Map.of("name", "broken-rule"),
                "spec",
                Map.of(
                        "groups",
                        List.of(Map.of(
                                "name", "g", "rules", List.of(Map.of("alert", "A", "expr", "up == 0", "for", 5))))));
        Map<String, Object> monitor = Map.of(
                "apiVersion",
                "monitoring.coreos.com/v1",
                "kind",
                "ServiceMonitor",
                "metadata",
                Map.of("name", "broken-monitor"),
                "spec",
                Map.of(
                        "selector", Map.of(),
                        "endpoints", List.of(Map.of("port", "http", "interval", "every minute"))));
        var result = validate(List.of(rule, monitor));
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output())
                .contains("INVALID PrometheusRule/broken-rule", "for must be string")
                .contains("INVALID ServiceMonitor/broken-monitor", "interval must match pattern");
    }

    record Result(int exit, String output) {}

    static Result validate(List<Map<String, Object>> objects) throws IOException, InterruptedException {
        installOnce();
        Path input = Files.createTempFile(DIR, "objects", ".json");
        JSON.writeValue(input.toFile(), objects);
        Files.copy(
                Renders.K8S.resolve("src/test/node/validate-prometheus.mjs"),
                DIR.resolve("validate-prometheus.mjs"),
                StandardCopyOption.REPLACE_EXISTING);
        try {
            return run(List.of("node", "validate-prometheus.mjs", input.toString()));
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static synchronized void installOnce() throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        if (Files.exists(DIR.resolve("node_modules/@kubernetes-models/prometheus-operator/package.json"))) {
            return;
        }
        Files.writeString(DIR.resolve("package.json"), "{\"name\": \"govshare-k8s-validate\", \"private\": true}\n");
        var result = run(List.of("npm", "install", "--no-audit", "--no-fund", "--silent", PACKAGE));
        assertThat(result.exit())
                .as("npm install " + PACKAGE + ": " + result.output())
                .isZero();
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(DIR.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in 180 s");
        }
        return new Result(process.exitValue(), output);
    }
}
