package io.govshare.exchange.api;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.exchange.CatalogWireMock;
import io.govshare.exchange.ingest.BatchReader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class ExchangeRecordResourceTest {

    private static final String CSV = "text/csv";
    private static final String NDJSON = "application/x-ndjson";
    private static final String JSON = "application/json";

    @Nested
    class Formats {

        @Test
        void post_storesCsv_andCountsCallsOnceEach() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            String c = Fixtures.organization("PREFECTURE");
            Fixtures.postCsv(List.of(
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 9), p, c, "res.1", 5),
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 2, 9), p, c, "", 7)))
                    .statusCode(200)
                    .body("received", equalTo(2))
                    .body("stored", equalTo(2))
                    .body("duplicates", equalTo(0));
            Fixtures.summary(month)
                    .statusCode(200)
                    .body("total", equalTo(12))
                    .body("provided.PROVINCIAL", equalTo(12))
                    .body("used.PREFECTURE", equalTo(12));
        }

        @Test
        void post_storesCsvWithQuotedFieldsAndColumnsInAnyOrder() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("NATIONAL");
            String c = Fixtures.organization("PROVINCIAL");
            String body = "calls,id,occurredAt,providerOrg,consumerOrg,resourceCode\r\n"
                    + "3,\"id,with \"\"comma\"\"\"," + Fixtures.at(month, 5, 8) + "," + p + "," + c + ",r\r\n";
            Fixtures.post(CSV, body).statusCode(200).body("stored", equalTo(1));
            Fixtures.summary(month).body("total", equalTo(3));
        }

        @Test
        void post_storesNdjson() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            String c = Fixtures.organization("COUNTY");
            String body = Fixtures.json(Fixtures.uniqueCode("id"), Fixtures.at(month, 3, 1), p, c, "r1", 11) + "\n\n"
                    + Fixtures.json(Fixtures.uniqueCode("id"), Fixtures.at(month, 3, 2), p, c, null, 4) + "\n";
            Fixtures.post(NDJSON, body).statusCode(200).body("stored", equalTo(2));
            Fixtures.summary(month).body("total", equalTo(15)).body("used.COUNTY", equalTo(15));
        }

        @Test
        void post_storesJsonArray() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PREFECTURE");
            String c = Fixtures.organization("PROVINCIAL");
            String body = "[" + Fixtures.json(Fixtures.uniqueCode("id"), Fixtures.at(month, 9, 1), p, c, "r1", 2) + ","
                    + Fixtures.json(
                            Fixtures.uniqueCode("id"),
                            "2001-01-01T00:00:00Z".replace("2001-01", month.toString()),
                            p,
                            c,
                            "r2",
                            3)
                    + "]";
            Fixtures.post(JSON, body)
                    .statusCode(200)
                    .body("received", equalTo(2))
                    .body("stored", equalTo(2));
            Fixtures.summary(month).body("total", equalTo(5)).body("provided.PREFECTURE", equalTo(5));
        }

        @Test
        void post_acceptsAnEmptyBatch() {
            Fixtures.post(JSON, "[]")
                    .statusCode(200)
                    .body("received", equalTo(0))
                    .body("stored", equalTo(0));
            Fixtures.post(CSV, BatchReader.HEADER + "\n").statusCode(200).body("received", equalTo(0));
        }

        @Test
        void post_returns415_forAnotherMediaType() {
            Fixtures.post("application/xml", "<records/>")
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/unsupported-media-type"));
        }
    }

    @Nested
    class Validation {

        @Test
        void post_refusesTheWholeBatch_listingEveryBadLine() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            String c = Fixtures.organization("PROVINCIAL");
            List<String> lines = List.of(
                    Fixtures.csv("good-1", Fixtures.at(month, 1, 1), p, c, "r", 1),
                    Fixtures.csv("bad-time", month + "-02T10:00:00", p, c, "r", 1),
                    Fixtures.csv("bad-org", Fixtures.at(month, 1, 1), "no-such-org", c, "r", 1),
                    Fixtures.csv("bad-calls", Fixtures.at(month, 1, 1), p, c, "r", 0),
                    Fixtures.csv("", Fixtures.at(month, 1, 1), p, c, "r", 1),
                    "only,three,fields",
                    Fixtures.csv("two-errors", "yesterday", p, "nobody", "r", "1.5"),
                    Fixtures.csv("good-2", Fixtures.at(month, 1, 1), p, c, "r", 1));
            Fixtures.postCsv(lines)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/validation"))
                    .body("detail", containsString("6 of 8 records are invalid"))
                    .body("errors.line", contains(3, 4, 5, 6, 7, 8, 8, 8))
                    .body(
                            "errors.field",
                            contains(
                                    "occurredAt",
                                    "providerOrg",
                                    "calls",
                                    "id",
                                    "record",
                                    "occurredAt",
                                    "consumerOrg",
                                    "calls"))
                    .body("errors[1].message", containsString("unknown organization 'no-such-org'"));
            Fixtures.summary(month).body("total", equalTo(0));
            // the good lines alone are stored: nothing of the refused batch was kept
            Fixtures.postCsv(List.of(lines.get(0), lines.get(7)))
                    .statusCode(200)
                    .body("stored", equalTo(2));
        }

        @Test
        void post_refusesJsonElements_namingTheirIndex() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            String body = "[" + Fixtures.json("j1", Fixtures.at(month, 1, 1), p, p, "r", 1) + ","
                    + "{\"id\":\"j2\",\"occurredAt\":\"" + Fixtures.at(month, 1, 1) + "\",\"providerOrg\":\"" + p
                    + "\",\"consumerOrg\":\"" + p + "\",\"calls\":-3},"
                    + "42,"
                    + "{\"id\":{\"nested\":1},\"occurredAt\":\"2023-10-05T10:00:00+08:00\",\"providerOrg\":\"" + p
                    + "\",\"consumerOrg\":\"" + p + "\",\"calls\":1}]";
            Fixtures.post(JSON, body)
                    .statusCode(400)
                    .body("errors.field", contains("[1].calls", "[2]", "[3].id"))
                    .body("errors.index", contains(1, 2, 3));
            Fixtures.summary(month).body("total", equalTo(0));
        }

        @Test
        void post_refusesNdjsonLinesThatAreNotObjects() {
            String p = Fixtures.organization("PROVINCIAL");
            YearMonth month = Fixtures.uniqueMonth();
            String body = Fixtures.json("n1", Fixtures.at(month, 1, 1), p, p, "r", 1) + "\n{broken\n[1,2]\n";
            Fixtures.post(NDJSON, body)
                    .statusCode(400)
                    .body("errors.line", contains(2, 3))
                    .body("errors.field", contains("record", "record"));
        }

        @Test
        void post_returns400_forABodyThatIsNoBatch() {
            Fixtures.post(JSON, "{\"id\":\"x\"}")
                    .statusCode(400)
                    .body("type", equalTo("https://govshare.io/problems/malformed-body"));
            Fixtures.post(JSON, "[{\"id\":\"x\"")
                    .statusCode(400)
                    .body("type", equalTo("https://govshare.io/problems/malformed-body"));
            Fixtures.post(CSV, "id;occurredAt\n1;2\n")
                    .statusCode(400)
                    .body("detail", containsString(BatchReader.HEADER));
        }

        @Test
        void post_refusesTimesWithoutOffsetAndFarInTheFuture() {
            String p = Fixtures.organization("PROVINCIAL");
            Fixtures.postCsv(List.of(
                            Fixtures.csv("t1", "2023-10-05T10:00:00", p, p, "", 1),
                            Fixtures.csv("t2", "2023-10-05", p, p, "", 1),
                            Fixtures.csv("t3", "2999-01-01T00:00:00Z", p, p, "", 1),
                            Fixtures.csv("t4", "2023-02-30T10:00:00+08:00", p, p, "", 1)))
                    .statusCode(400)
                    .body("errors.field", contains("occurredAt", "occurredAt", "occurredAt", "occurredAt"))
                    .body("errors[2].message", containsString("future"));
        }

        @Test
        void post_returns413_forMoreRecordsThanABatchMayHold() {
            String p = Fixtures.organization("PROVINCIAL");
            StringBuilder body = new StringBuilder(BatchReader.HEADER).append('\n');
            String line = Fixtures.csv("x", "2023-10-05T10:00:00+08:00", p, p, "", 1) + "\n";
            for (int i = 0; i <= 100_000; i++) {
                body.append(line);
            }
            Fixtures.post(CSV, body.toString())
                    .statusCode(413)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/payload-too-large"))
                    .body("detail", containsString("100000"));
        }

        @Test
        void post_returns413Problem_forABodyLargerThanTheLimit() {
            byte[] body = new byte[16 * 1024 * 1024 + 1];
            Arrays.fill(body, (byte) 'a');
            given().auth()
                    .oauth2(Fixtures.gateway())
                    .contentType(CSV)
                    .body(body)
                    .post(Fixtures.RECORDS)
                    .then()
                    .statusCode(413)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/payload-too-large"));
        }

        @Test
        void post_readsEveryPageOfTheCatalog() {
            YearMonth month = Fixtures.uniqueMonth();
            String last = null;
            for (int i = 0; i < 520; i++) {
                last = Fixtures.organization("COUNTY", "520100");
            }
            // the catalog now lists more than one page of 500: the last organization is on the second page
            Fixtures.postCsv(List.of(
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), last, last, "", 3)))
                    .statusCode(200)
                    .body("stored", equalTo(1));
            Fixtures.summary(month).body("provided.COUNTY", equalTo(3));
        }

        @Test
        void post_acceptsAnOrganizationCreatedInTheCatalogAfterTheDirectoryWasLoaded() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            Fixtures.postCsv(List.of(Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), p, p, "", 1)))
                    .statusCode(200);
            String late = Fixtures.organization("NATIONAL");
            Fixtures.postCsv(List.of(Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), late, p, "", 2)))
                    .statusCode(200)
                    .body("stored", equalTo(1));
            Fixtures.summary(month).body("provided.NATIONAL", equalTo(2));
        }
    }

    @Nested
    class ExactlyOnce {

        @Test
        void post_countsARecordRepeatedWithinTheBatchOnce() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            String line = Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), p, p, "r", 10);
            Fixtures.postCsv(List.of(line, line, line))
                    .statusCode(200)
                    .body("received", equalTo(3))
                    .body("stored", equalTo(1))
                    .body("duplicates", equalTo(2));
            Fixtures.summary(month).body("total", equalTo(10));
        }

        @Test
        void post_countsARecordPostedAgainInAnotherBatchOnce() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            String c = Fixtures.organization("COUNTY");
            List<String> first = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                first.add(Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1 + i % 28, 1), p, c, "r", 1 + i));
            }
            Fixtures.postCsv(first).statusCode(200).body("stored", equalTo(50));
            List<String> second = new ArrayList<>(first.subList(20, 50));
            second.add(Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 2, 1), p, c, "r", 1000));
            Fixtures.postCsv(second)
                    .statusCode(200)
                    .body("received", equalTo(31))
                    .body("stored", equalTo(1))
                    .body("duplicates", equalTo(30));
            Fixtures.postCsv(first).statusCode(200).body("stored", equalTo(0)).body("duplicates", equalTo(50));
            Fixtures.summary(month).body("total", equalTo(1275 + 1000));
            Fixtures.organizationStats(c, month)
                    .body("used", equalTo(2275))
                    .body("byDay", hasSize(month.lengthOfMonth()));
        }

        @Test
        void post_sameIdInAnotherFormatIsTheSameRecord() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            String id = Fixtures.uniqueCode("id");
            Fixtures.postCsv(List.of(Fixtures.csv(id, Fixtures.at(month, 4, 4), p, p, "r", 9)))
                    .body("stored", equalTo(1));
            Fixtures.post(NDJSON, Fixtures.json(id, Fixtures.at(month, 4, 4), p, p, "r", 9))
                    .statusCode(200)
                    .body("duplicates", equalTo(1));
            Fixtures.summary(month).body("total", equalTo(9));
        }

        @Test
        void post_storesConcurrentCopiesOfABatchOnce() throws Exception {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            String c = Fixtures.organization("PREFECTURE");
            List<String> lines = new ArrayList<>();
            long calls = 0;
            for (int i = 0; i < 5000; i++) {
                lines.add(Fixtures.csv(
                        Fixtures.uniqueCode("id"),
                        Fixtures.at(month, 1 + i % 28, i % 24),
                        p,
                        c,
                        "r" + i % 7,
                        1 + i % 13));
                calls += 1 + i % 13;
            }
            String body = Fixtures.csvBody(lines);
            String token = Fixtures.gateway();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Integer>> posts = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    posts.add(() -> given().auth()
                            .oauth2(token)
                            .contentType(CSV)
                            .body(body)
                            .post(Fixtures.RECORDS)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("stored"));
                }
                int stored = 0;
                for (Future<Integer> f : pool.invokeAll(posts)) {
                    stored += f.get();
                }
                assertThat(stored).isEqualTo(5000);
            } finally {
                pool.shutdownNow();
            }
            Fixtures.summary(month).body("total", equalTo((int) calls));
            Fixtures.organizationStats(p, month).body("provided", equalTo((int) calls));
        }

        @Test
        void post_overlappingBatchesAtOnce_storeTheirUnionOnce() throws Exception {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            String c = Fixtures.organization("PREFECTURE");
            List<String> shared = new ArrayList<>();
            List<String> onlyA = new ArrayList<>();
            List<String> onlyB = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                String line =
                        Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1 + i % 28, i % 24), p, c, "r", 2);
                (i < 1000 ? shared : i < 2000 ? onlyA : onlyB).add(line);
            }
            List<String> a = new ArrayList<>(shared);
            a.addAll(onlyA);
            List<String> b = new ArrayList<>(onlyB);
            b.addAll(shared);
            String token = Fixtures.gateway();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Callable<int[]>> posts = new ArrayList<>();
                for (List<String> batch : List.of(a, b, a, b, a, b)) {
                    String body = Fixtures.csvBody(batch);
                    posts.add(() -> {
                        var answer = given().auth()
                                .oauth2(token)
                                .contentType(CSV)
                                .body(body)
                                .post(Fixtures.RECORDS)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                        return new int[] {
                            answer.getInt("received"), answer.getInt("stored"), answer.getInt("duplicates")
                        };
                    });
                }
                int stored = 0;
                for (Future<int[]> f : pool.invokeAll(posts)) {
                    int[] answer = f.get();
                    assertThat(answer[0]).isEqualTo(2000).isEqualTo(answer[1] + answer[2]);
                    stored += answer[1];
                }
                assertThat(stored).isEqualTo(3000);
            } finally {
                pool.shutdownNow();
            }
            Fixtures.summary(month).body("total", equalTo(6000));
        }
    }

    @Nested
    class Security {

        @Test
        void post_returns401_withoutValidToken() {
            String body = Fixtures.csvBody(List.of());
            given().contentType(CSV)
                    .body(body)
                    .post(Fixtures.RECORDS)
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("https://govshare.io/problems/unauthorized"));
            given().auth()
                    .oauth2(Tokens.user("gw")
                            .roles("exchange-gateway")
                            .expired()
                            .get())
                    .contentType(CSV)
                    .body(body)
                    .post(Fixtures.RECORDS)
                    .then()
                    .statusCode(401);
            given().auth()
                    .oauth2(Tokens.user("gw").roles("exchange-gateway").signedByStranger())
                    .contentType(CSV)
                    .body(body)
                    .post(Fixtures.RECORDS)
                    .then()
                    .statusCode(401);
        }

        @Test
        void post_returns403_forDepartmentsAndServices_andAcceptsPlatformAdmin() {
            YearMonth month = Fixtures.uniqueMonth();
            String p = Fixtures.organization("PROVINCIAL");
            String body = Fixtures.csvBody(
                    List.of(Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), p, p, "", 1)));
            given().auth()
                    .oauth2(Tokens.department(p, "dept-user", "dept-reviewer", "dept-signer"))
                    .contentType(CSV)
                    .body(body)
                    .post(Fixtures.RECORDS)
                    .then()
                    .statusCode(403)
                    .body("type", equalTo("https://govshare.io/problems/forbidden"));
            given().auth()
                    .oauth2(Fixtures.reportService())
                    .contentType(CSV)
                    .body(body)
                    .post(Fixtures.RECORDS)
                    .then()
                    .statusCode(403);
            Fixtures.summary(month).body("total", equalTo(0));
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(CSV)
                    .body(body)
                    .post(Fixtures.RECORDS)
                    .then()
                    .statusCode(200)
                    .body("stored", equalTo(1));
        }
    }
}
