package io.govshare.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;

/**
 * Benchmark, not a test: builds the seed month's report and downloads it in every format, over HTTP against the
 * running service (other services stubbed locally), and prints the times. Every round builds a new version, so each
 * rendering in "build + all formats" is the first of its version (the JVM is warm, the version new); the PDF is
 * then asked for once more, which the service answers from the renderings it keeps ("render pdf cached", outside
 * the total). Run it with
 * {@code ./mvnw -B -pl report-service verify -Pbenchmark}; it asserts nothing about time (BRIEF: speed is shown, not
 * tested). Iterations: {@code -Dbenchmark.warmup} (default 10) and {@code -Dbenchmark.iterations} (default 20).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
@Tag("benchmark")
class ReportBenchmark {

    private static final String[] FORMATS = {"json", "md", "html", "docx", "pdf"};

    @Test
    void buildAndRenderAllFormats() {
        int warmup = Integer.getInteger("benchmark.warmup", 10);
        int iterations = Integer.getInteger("benchmark.iterations", 20);
        YearMonth month = Months.fresh();
        StubServices.serveSeed(month);
        String token = Tokens.editor();
        for (int i = 0; i < warmup; i++) {
            once(month, token, null);
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int i = 0; i < iterations; i++) {
            once(month, token, times);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%nreport-service benchmark: %d iterations after %d warm-up, month with the seed's figures%n",
                iterations,
                warmup));
        out.append(
                String.format(Locale.ROOT, "%-22s %10s %10s %10s %10s%n", "step", "mean ms", "median", "p90", "max"));
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            List<Double> sorted = new ArrayList<>(e.getValue());
            sorted.sort(Double::compare);
            double mean =
                    sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            out.append(String.format(
                    Locale.ROOT,
                    "%-22s %10.1f %10.1f %10.1f %10.1f%n",
                    e.getKey(),
                    mean,
                    sorted.get(sorted.size() / 2),
                    sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
                    sorted.get(sorted.size() - 1)));
        }
        System.out.println(out);
    }

    private static void once(YearMonth month, String token, Map<String, List<Double>> times) {
        long start = System.nanoTime();
        given().auth()
                .oauth2(token)
                .post("/api/v1/reports/" + month + "/build")
                .then()
                .statusCode(201);
        record(times, "build", start);
        for (String format : FORMATS) {
            long t = System.nanoTime();
            given().auth()
                    .oauth2(token)
                    .queryParam("format", format)
                    .get("/api/v1/reports/" + month)
                    .then()
                    .statusCode(200);
            record(times, "render " + format, t);
        }
        record(times, "build + all formats", start);
        // the same version's PDF again: served from the renderings kept in memory (RenderCache), not in the total
        long again = System.nanoTime();
        given().auth()
                .oauth2(token)
                .queryParam("format", "pdf")
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200);
        record(times, "render pdf cached", again);
    }

    private static void record(Map<String, List<Double>> times, String step, long start) {
        if (times != null) {
            times.computeIfAbsent(step, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
        }
    }
}
