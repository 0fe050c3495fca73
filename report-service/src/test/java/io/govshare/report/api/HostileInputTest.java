package io.govshare.report.api;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.common.testing.Tokens;
import io.govshare.report.Months;
import io.govshare.report.StubServices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** report-service's cases of issue 11: what used to be a 500 is a 4xx problem (or serialised), and Chinese where asked. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class HostileInputTest {

    private static final int EDITORS = 40;

    @Test
    void fortyEditorsSavingOneMonthAtOnce_neverGetA5xx_andOneOfTheirBodiesIsStored() throws Exception {
        YearMonth month = Months.fresh();
        String token = Tokens.editor();
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < EDITORS; i++) {
                String body = "{\"cases\":[{\"title\":\"编辑" + i + "\",\"paragraphs\":[\"第" + i + "稿。\"]}]}";
                Callable<Integer> put = () -> given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .put("/api/v1/reports/" + month + "/content")
                        .statusCode();
                answers.add(pool.submit(put));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            // the contract allows 409 concurrent-modification; the upsert serialises them, so every save succeeds
            assertThat(statuses).hasSize(EDITORS).allMatch(status -> status == 200 || status == 409);
            assertThat(statuses).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
        String stored = given().auth()
                .oauth2(token)
                .get("/api/v1/reports/" + month + "/content")
                .then()
                .statusCode(200)
                .extract()
                .path("cases[0].title");
        assertThat(stored).matches("编辑([0-9]|[1-3][0-9])");
        String paragraph = given().auth()
                .oauth2(token)
                .get("/api/v1/reports/" + month + "/content")
                .then()
                .extract()
                .path("cases[0].paragraphs[0]");
        assertThat(paragraph).isEqualTo("第" + stored.substring(2) + "稿。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html;;;", "garbage", "/", "application/", "*/*;q="})
    void anUnreadableAccept_is406Problem(String accept) {
        given().auth()
                .oauth2(Tokens.editor())
                .header("Accept", accept)
                .get("/api/v1/reports/" + Months.fresh())
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void anEmptyAccept_meansAnything() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        given().auth()
                .oauth2(Tokens.editor())
                .header("Accept", "")
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200)
                .contentType("application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01", "1969-12", "-999999999-01", "10000-01", "2023-1", "2023-00", "2023-10-01"})
    void aMonthOutsideItsRange_is400NamingMonth(String month) {
        given().auth()
                .oauth2(Tokens.editor())
                .post("/api/v1/reports/" + month + "/build")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("month"));
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("month", month)
                .get("/api/v1/reports")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("month"));
    }

    @Test
    void monthsBefore1999_areStillReportMonths() {
        YearMonth month = YearMonth.of(1998, 12);
        ReportFixtures.build(month).statusCode(201).body("month", equalTo(month.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2147483648", "1e3", "1.0", " ", "x"})
    void aVersionOutsideItsRange_is400NamingVersion(String version) {
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("version", version)
                .get("/api/v1/reports/" + Months.fresh())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("version"));
    }

    @Test
    void theLargestVersion_isA404() {
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("version", Integer.MAX_VALUE)
                .get("/api/v1/reports/" + Months.fresh())
                .then()
                .statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XLS", "pdf2", "ht%20ml", "json%2Cpdf"})
    void anUnknownFormat_is400NamingFormat(String format) {
        given().auth()
                .oauth2(Tokens.editor())
                .urlEncodingEnabled(false)
                .get("/api/v1/reports/" + Months.fresh() + "?format=" + format)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("format"));
    }

    @Test
    void aNulInContent_is400NamingTheField() {
        given().auth()
                .oauth2(Tokens.editor())
                .contentType(ContentType.JSON)
                .body("{\"cases\":[{\"title\":\"案\\u0000例\",\"paragraphs\":[\"正文\"]}]}")
                .put("/api/v1/reports/" + Months.fresh() + "/content")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cases[0].title"));
    }

    @Test
    void theHtmlReport_isServedInline_withAPolicyThatAllowsNoScript() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("format", "html")
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("inline"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src")))
                .header("Content-Security-Policy", containsString("frame-ancestors https://portal.guizhou.gov.cn"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + month)
                .then()
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void reportMessagesAreInChineseWhenAsked() {
        YearMonth month = Months.fresh();
        given().auth()
                .oauth2(Tokens.editor())
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(404)
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("月报“" + month + "”不存在"));
        YearMonth wrong = ReportFixtures.aMonthWhereDecidedIsWrong();
        ReportFixtures.build(wrong).statusCode(201);
        given().auth()
                .oauth2(Tokens.editor())
                .header("Accept-Language", "zh")
                .post("/api/v1/reports/" + wrong + "/publish")
                .then()
                .statusCode(409)
                .body("title", equalTo("数据校验未通过"))
                .body("detail", containsString("项数据校验未通过"));
    }
}
