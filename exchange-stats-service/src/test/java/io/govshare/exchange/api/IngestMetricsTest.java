package io.govshare.exchange.api;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.exchange.CatalogWireMock;
import io.govshare.exchange.ingest.BatchReader;
import io.govshare.exchange.persistence.AggregateCompactor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingestion metrics of k8s/README.md ("Metrics the services expose"), as /q/metrics shows them after the action:
 * records ingested, batches refused by reason (invalid, too_large; overloaded: {@code LoadSheddingTest}), and the
 * compaction backlog (counted after each compaction pass; scheduled passes are off in tests, so the test runs them).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class IngestMetricsTest {

    private static final String INGESTED = "govshare_exchange_records_ingested_total";
    private static final String BACKLOG = "govshare_exchange_compaction_backlog";

    @Inject
    AggregateCompactor compactor;

    @Test
    void storedRecords_areCounted_butNotTheirDuplicates() {
        YearMonth month = Fixtures.uniqueMonth();
        String p = Fixtures.organization("PROVINCIAL");
        String c = Fixtures.organization("PREFECTURE");
        String first = Fixtures.uniqueCode("m");
        double before = Metrics.value(INGESTED);

        Fixtures.postCsv(List.of(
                        Fixtures.csv(first, Fixtures.at(month, 1, 1), p, c, "", 5),
                        Fixtures.csv(Fixtures.uniqueCode("m"), Fixtures.at(month, 2, 1), p, c, "", 5),
                        Fixtures.csv(first, Fixtures.at(month, 1, 1), p, c, "", 5)))
                .statusCode(200);

        assertThat(Metrics.value(INGESTED)).isEqualTo(before + 2);
    }

    @Test
    void refusedBatches_areCountedByReason() {
        String p = Fixtures.organization("PROVINCIAL");
        double invalid = Metrics.value(Metrics.refused("invalid"));
        double tooLarge = Metrics.value(Metrics.refused("too_large"));
        double overloaded = Metrics.value(Metrics.refused("overloaded"));
        double ingested = Metrics.value(INGESTED);

        Fixtures.postCsv(List.of(Fixtures.csv("bad", "yesterday", p, p, "", 1))).statusCode(400);
        assertThat(Metrics.value(Metrics.refused("invalid"))).isEqualTo(invalid + 1);

        // more records than a batch may hold (the resource refuses it) …
        StringBuilder body = new StringBuilder(BatchReader.HEADER).append('\n');
        String line = Fixtures.csv("x", "2023-10-05T10:00:00+08:00", p, p, "", 1) + "\n";
        for (int i = 0; i <= 100_000; i++) {
            body.append(line);
        }
        Fixtures.post("text/csv", body.toString()).statusCode(413);
        // … and a body over the size limit (Vert.x refuses it before any resource runs)
        byte[] huge = new byte[16 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');
        given().auth()
                .oauth2(Fixtures.gateway())
                .contentType("text/csv")
                .body(huge)
                .post(Fixtures.RECORDS)
                .then()
                .statusCode(413);
        assertThat(Metrics.value(Metrics.refused("too_large"))).isEqualTo(tooLarge + 2);

        assertThat(Metrics.value(Metrics.refused("overloaded"))).isEqualTo(overloaded);
        assertThat(Metrics.value(INGESTED)).isEqualTo(ingested);
    }

    @Test
    void theCompactionBacklog_isTheMonthsStillToMerge() throws Exception {
        this.compactor.compactAll();
        assertThat(this.compactor.refreshBacklog()).isZero();
        assertThat(Metrics.value(BACKLOG)).isZero();

        YearMonth month = Fixtures.uniqueMonth();
        YearMonth other = Fixtures.uniqueMonth();
        String p = Fixtures.organization("PROVINCIAL");
        Fixtures.postCsv(List.of(
                        Fixtures.csv(Fixtures.uniqueCode("b"), Fixtures.at(month, 3, 1), p, p, "", 1),
                        Fixtures.csv(Fixtures.uniqueCode("b"), Fixtures.at(month, 4, 1), p, p, "", 1),
                        Fixtures.csv(Fixtures.uniqueCode("b"), Fixtures.at(other, 4, 1), p, p, "", 1)))
                .statusCode(200);
        this.compactor.refreshBacklog();

        // two months (two days of the first one are one month to merge)
        assertThat(Metrics.value(BACKLOG)).isEqualTo(2);

        this.compactor.compactAll();
        this.compactor.refreshBacklog();
        assertThat(Metrics.value(BACKLOG)).isZero();
    }
}
