package io.govshare.exchange.api;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.common.testing.Tokens;
import io.govshare.exchange.CatalogWireMock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The cases of issue 11 that concern exchange-stats-service: what used to be a 500, a 54 MB answer or a record counted
 * in the wrong year is a short 4xx problem naming where the input is wrong, and nothing of a refused batch is counted.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class HostileInputTest {

    private static final String CSV = "text/csv";
    private static final String NDJSON = "application/x-ndjson";
    private static final String JSON = "application/json";

    @TestHTTPResource("/")
    URL root;

    @Test
    void aJsonArrayNested1500LevelsDeepIs400() {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        Fixtures.post(JSON, deep)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://govshare.io/problems/malformed-body"))
                .body("detail", containsString("200"));
        String p = Fixtures.organization("PROVINCIAL");
        String line = Fixtures.json(Fixtures.uniqueCode("id"), "2023-10-05T10:00:00+08:00", p, p, "", 1);
        Fixtures.post(NDJSON, line + "\n" + "{\"x\":" + "[".repeat(1500) + "]".repeat(1500) + "}\n")
                .statusCode(400)
                .body("type", equalTo("https://govshare.io/problems/validation"))
                .body("errors.line", contains(2))
                .body("errors.field", contains("record"));
    }

    @Test
    void aMemberGivenTwiceIsRefused() {
        String p = Fixtures.organization("PROVINCIAL");
        String twice = "{\"id\":\"a\",\"id\":\"b\",\"occurredAt\":\"2023-10-05T10:00:00+08:00\",\"providerOrg\":\"" + p
                + "\",\"consumerOrg\":\"" + p + "\",\"calls\":1}";
        Fixtures.post(JSON, "[" + twice + "]")
                .statusCode(400)
                .body("type", equalTo("https://govshare.io/problems/malformed-body"))
                .body("detail", containsString("'id'"));
        Fixtures.post(NDJSON, twice + "\n")
                .statusCode(400)
                .body("errors.line", contains(1))
                .body("errors.field", contains("id"));
    }

    @Test
    void nulAndLoneSurrogatesAreRefusedInEveryFormat_namingTheLineAndField() {
        YearMonth month = Fixtures.uniqueMonth();
        String p = Fixtures.organization("PROVINCIAL");
        String good = Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), p, p, "", 3);
        // CSV: a NUL in the id, bytes that are not UTF-8 (an encoded surrogate) in the consumer
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes((Fixtures.csvBody(
                                List.of(good, Fixtures.csv("nul\u0000id", Fixtures.at(month, 1, 1), p, p, "", 1)))
                        + "sur-1," + Fixtures.at(month, 1, 1) + "," + p + ",")
                .getBytes(StandardCharsets.UTF_8));
        csv.writeBytes(new byte[] {'g', (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        csv.writeBytes(",,1\n".getBytes(StandardCharsets.UTF_8));
        given().auth()
                .oauth2(Fixtures.gateway())
                .contentType(CSV)
                .body(csv.toByteArray())
                .post(Fixtures.RECORDS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.line", contains(3, 4))
                .body("errors.field", contains("id", "consumerOrg"))
                .body("errors[0].message", containsString("NUL"))
                .body("errors[1].message", containsString("surrogate"));
        // NDJSON and JSON: escapes that decode to NUL and to a lone surrogate
        String nul = "{\"id\":\"n1\",\"occurredAt\":\"" + Fixtures.at(month, 1, 1) + "\",\"providerOrg\":\"" + p
                + "\",\"consumerOrg\":\"" + p + "\",\"resourceCode\":\"r\\u0000\",\"calls\":1}";
        String surrogate = "{\"id\":\"s\\ud800\",\"occurredAt\":\"" + Fixtures.at(month, 1, 1) + "\",\"providerOrg\":\""
                + p + "\",\"consumerOrg\":\"" + p + "\",\"calls\":1}";
        Fixtures.post(NDJSON, nul + "\n" + surrogate + "\n")
                .statusCode(400)
                .body("errors.line", contains(1, 2))
                .body("errors.field", contains("resourceCode", "id"));
        Fixtures.post(JSON, "[" + surrogate + "," + nul + "]")
                .statusCode(400)
                .body("errors.index", contains(0, 1))
                .body("errors.field", contains("[0].id", "[1].resourceCode"));
        Fixtures.summary(month).body("total", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000-10-05T10:00:00+08:00",
                "-0001-10-05T10:00:00+08:00",
                "-11757223-04-25T10:00:00+08:00",
                "1969-12-31T23:59:59Z",
                "+275760-09-13T00:00:00Z",
                "FUTURE"
            })
    void aRecordOutOfTimeRefusesItsBatch_andNothingIsCounted(String occurredAt) {
        String at = occurredAt.equals("FUTURE")
                ? OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString()
                : occurredAt;
        YearMonth month = Fixtures.uniqueMonth();
        String p = Fixtures.organization("PROVINCIAL");
        String c = Fixtures.organization("COUNTY");
        Fixtures.postCsv(List.of(Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), p, c, "", 7)))
                .statusCode(200);
        long before1998 = total(YearMonth.of(1998, 5));
        String organizationBefore = organizationFigures(p, month);
        String good = Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 2, 1), p, c, "", 100);
        String bad = Fixtures.csv(Fixtures.uniqueCode("id"), at, p, c, "", 1000);
        Fixtures.postCsv(List.of(good, bad))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.line", contains(3))
                .body("errors.field", contains("occurredAt"));
        Fixtures.post(JSON, "[" + Fixtures.json(Fixtures.uniqueCode("id"), at, p, c, null, 1000) + "]")
                .statusCode(400)
                .body("errors.field", contains("[0].occurredAt"));
        Fixtures.summary(month).body("total", equalTo(7));
        assertThat(total(YearMonth.of(1998, 5))).isEqualTo(before1998);
        assertThat(organizationFigures(p, month)).isEqualTo(organizationBefore);
    }

    @Test
    void callsCodesAndIdsBeyondTheirRulesAreRefused() {
        String p = Fixtures.organization("PROVINCIAL");
        Fixtures.postCsv(List.of(
                        Fixtures.csv("c1", "2023-10-05T10:00:00+08:00", p, p, "", "2147483648"),
                        Fixtures.csv("c2", "2023-10-05T10:00:00+08:00", p, p, "", "99999999999999999999999"),
                        Fixtures.csv("c3", "2023-10-05T10:00:00+08:00", "bad code!", p, "", 1),
                        Fixtures.csv("c4", "2023-10-05T10:00:00+08:00", p, "a".repeat(65), "", 1),
                        Fixtures.csv("c5", "2023-10-05T10:00:00+08:00", p, p, "res/../x", 1),
                        Fixtures.csv("i".repeat(129), "2023-10-05T10:00:00+08:00", p, p, "", 1)))
                .statusCode(400)
                .body("errors.line", contains(2, 3, 4, 5, 6, 7))
                .body("errors.field", contains("calls", "calls", "providerOrg", "consumerOrg", "resourceCode", "id"))
                .body("errors[0].message", containsString("2147483647"))
                .body("errors[5].message", containsString("128"));
    }

    @Test
    void theErrorsOfARefusedBatchAreCapped_at1000WithTheirTotal() {
        String p = Fixtures.organization("PROVINCIAL");
        List<String> lines = new ArrayList<>(99_999);
        for (int i = 0; i < 99_999; i++) {
            lines.add(Fixtures.csv("bad-" + i, "2023-10-05T10:00:00+08:00", p, p, "", 0));
        }
        Response answer = given().auth()
                .oauth2(Fixtures.gateway())
                .contentType(CSV)
                .body(Fixtures.csvBody(lines).getBytes(StandardCharsets.UTF_8))
                .post(Fixtures.RECORDS);
        answer.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1000))
                .body("errors[999].line", equalTo(1001))
                .body("totalErrors", equalTo(99_999))
                .body("invalidRecords", equalTo(99_999))
                .body("detail", containsString("99999 of 99999 records are invalid"));
        assertThat(answer.asByteArray().length).isLessThan(200_000);
    }

    @Test
    void anOrganizationCodeInThePathIsCheckedBeforeItIsUsed() {
        given().auth()
                .oauth2(Tokens.admin())
                .get(Fixtures.STATS + "/organizations/" + "a".repeat(5000) + "?month=2023-10")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
        given().auth()
                .oauth2(Tokens.department("gz.zwfwzx", "dept-user"))
                .get(Fixtures.STATS + "/organizations/gz.zwfwzx%20x?month=2023-10")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));
        given().auth()
                .oauth2(Tokens.admin())
                .get(Fixtures.STATS + "/organizations/gz%00zwfwzx?month=2023-10")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"GET /api/v1/exchange-stats/organizations/%zz?month=2023-10", "POST /api/v1/exchange-records/%"})
    void malformedPercentEncodingInThePathIsAProblem(String requestLine) throws Exception {
        // no Java HTTP client sends such a URI: written on the socket as the hostile client of CI did
        try (Socket socket = new Socket(this.root.getHost(), this.root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((requestLine + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer)
                    .startsWith("HTTP/1.1 400")
                    .contains("application/problem+json")
                    .contains("https://govshare.io/problems/bad-request");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/summary?month=-999999999-01",
                "/summary?month=0000-01",
                "/summary?month=2023-1",
                "/summary?month=2023-10-01",
                "/summary?month=%00",
                "/rankings?month=2023-10&side=PROVIDER&limit=1001",
                "/rankings?month=2023-10&side=PROVIDER&limit=99999999999",
                "/rankings?month=2023-10&side=PROVIDER&limit=1e3",
                "/rankings?month=2023-10&side=PROVIDER&level=CITY",
                "/regions?month=2023-10&side=provider",
                "/organizations/gz.zwfwzx?from=2023-02-30&to=2023-03-01",
                "/organizations/gz.zwfwzx?from=1969-12-31&to=1970-01-01",
                "/organizations/gz.zwfwzx?from=2023-10-01&to=+10000-01-01"
            })
    void monthsDatesAndLimitsAreStrict(String query) {
        given().auth()
                .oauth2(Tokens.admin())
                .get(Fixtures.STATS + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void messagesAreInChineseWhenAsked() {
        String p = Fixtures.organization("PROVINCIAL");
        given().auth()
                .oauth2(Fixtures.gateway())
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .contentType(CSV)
                .body(Fixtures.csvBody(List.of(
                        Fixtures.csv("z1", "2023-10-05T10:00:00+08:00", p, "gz.nosuch", "", 1),
                        Fixtures.csv("z2", "0000-10-05T10:00:00+08:00", p, p, "", 1))))
                .post(Fixtures.RECORDS)
                .then()
                .statusCode(400)
                .body("title", equalTo("输入无效"))
                .body("detail", equalTo("2 条记录中有 2 条无效；本批次未保存任何记录"))
                .body("errors[0].message", equalTo("单位“gz.nosuch”不存在"))
                .body("errors[1].message", equalTo("不得早于 1970-01-01T00:00:00Z"));
        given().auth()
                .oauth2(Tokens.department("gz.zwfwzx", "dept-signer"))
                .header("Accept-Language", "zh")
                .get(Fixtures.STATS + "/organizations/gz.scjgj?month=2023-10")
                .then()
                .statusCode(403)
                .body("reason", equalTo("部门只能查看本单位的交换统计"));
    }

    private static long total(YearMonth month) {
        return Fixtures.summary(month).statusCode(200).extract().jsonPath().getLong("total");
    }

    private static String organizationFigures(String org, YearMonth month) {
        return Fixtures.organizationStats(org, month).statusCode(200).extract().asString();
    }
}
