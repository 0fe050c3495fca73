package io.govshare.exchange.api;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.exchange.CatalogWireMock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * Load shedding at the ingestion door (issue 14, item 7): a client over its limits gets 429 with {@code Retry-After}
 * and a problem, while the statistics queries and the other clients are answered as usual.
 */
@QuarkusTest
@TestProfile(LoadSheddingTest.TightLimits.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class LoadSheddingTest {

    /** One batch in progress per client, ten records a second with a bucket of twenty. */
    public static class TightLimits implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "exchange.ingest.max-concurrent-batches", "1",
                    "exchange.ingest.records-per-second", "10",
                    "exchange.ingest.burst-records", "20",
                    "govshare.security.allowed-clients", "govshare-cli,runaway-gateway,busy-gateway,calm-gateway");
        }
    }

    @Inject
    IngestLimits limits;

    private static String gateway(String client) {
        return Tokens.user("service-account-" + client)
                .client(client)
                .roles("exchange-gateway")
                .get();
    }

    private static Response post(String client, List<String> lines) {
        return given().auth()
                .oauth2(gateway(client))
                .contentType("text/csv")
                .body(Fixtures.csvBody(lines))
                .post(Fixtures.RECORDS);
    }

    private static List<String> records(YearMonth month, String org, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1 + i % 28, i % 24), org, org, "", 1));
        }
        return lines;
    }

    /** A statistics query sent now, while the client's batch is refused or in progress. */
    private static CompletableFuture<Response> summaryAtOnce(YearMonth month) {
        return CompletableFuture.supplyAsync(
                () -> given().auth().oauth2(Tokens.admin()).get(Fixtures.STATS + "/summary?month=" + month));
    }

    private static ValidatableResponse assertRefused(Response answer, String client) {
        return answer.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://govshare.io/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("'" + client + "'"));
    }

    @Test
    void aClientThatPostedMoreRecordsThanItsRateGets429_whileStatisticsAndOtherClientsAreAnswered() throws Exception {
        YearMonth month = Fixtures.uniqueMonth().minusYears(20); // apart from the other test classes
        String org = Fixtures.organization("PROVINCIAL");
        post("runaway-gateway", records(month, org, 60)).then().statusCode(200).body("stored", equalTo(60));
        double overloaded = Metrics.value(Metrics.refused("overloaded"));
        CompletableFuture<Response> refused =
                CompletableFuture.supplyAsync(() -> post("runaway-gateway", records(month, org, 1)));
        CompletableFuture<Response> summary = summaryAtOnce(month);
        assertRefused(refused.get(), "runaway-gateway")
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
        // the metric of k8s/README.md that GovShareIngestionRefused watches
        assertThat(Metrics.value(Metrics.refused("overloaded"))).isEqualTo(overloaded + 1);
        summary.get().then().statusCode(200).body("total", equalTo(60));
        post("calm-gateway", records(month, org, 5)).then().statusCode(200).body("stored", equalTo(5));
        Fixtures.summary(month).body("total", equalTo(65));
    }

    @Test
    void aClientWithABatchInProgressGets429ForAnother_whileStatisticsAreAnswered() throws Exception {
        YearMonth month = Fixtures.uniqueMonth().minusYears(20); // apart from the other test classes
        String org = Fixtures.organization("PROVINCIAL");
        List<String> large = records(month, org, 100_000);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post("busy-gateway", large));
        long deadline = System.currentTimeMillis() + 60_000;
        while (this.limits.inFlight("busy-gateway") == 0 && !first.isDone()) {
            assertThat(System.currentTimeMillis())
                    .as("the first batch was never admitted")
                    .isLessThan(deadline);
            Thread.sleep(1);
        }
        assertThat(first).as("the first batch is still in progress").isNotDone();
        CompletableFuture<Response> second =
                CompletableFuture.supplyAsync(() -> post("busy-gateway", records(month, org, 1)));
        CompletableFuture<Response> summary = summaryAtOnce(month);
        assertRefused(second.get(), "busy-gateway").header("Retry-After", equalTo("1"));
        summary.get().then().statusCode(200);
        first.get().then().statusCode(200).body("stored", equalTo(100_000));
        assertThat(this.limits.inFlight("busy-gateway")).isZero();
    }
}
