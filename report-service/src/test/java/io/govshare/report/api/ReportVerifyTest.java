package io.govshare.report.api;

import java.time.YearMonth;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.report.StubServices;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Verify (docs/report.md): a version compared with what the services answer now; publish shows it. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportVerifyTest {

    @Test
    void verify_listsNothing_whileTheServicesGiveTheSameFigures() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        verify(month, Tokens.editor())
                .statusCode(200)
                .body("month", equalTo(month.toString()))
                .body("version", equalTo(1))
                .body("changes", empty());
    }

    @Test
    void verify_listsTheChangedTotals_withBothValues_afterALateExchangeRecord() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        aLateRecordOf280CallsFromQiandongnan(month);
        verify(month, Tokens.admin())
                .statusCode(200)
                .body(
                        "changes.figure",
                        contains(
                                "exchange.summary.total",
                                "exchange.summary.provided.PREFECTURE",
                                "exchange.summary.used.PROVINCIAL",
                                "exchange.regionsProvided[8].calls"))
                .body("changes[0].was", equalTo(32696900))
                .body("changes[0].now", equalTo(32697180))
                .body("changes[1].was", equalTo(1500000))
                .body("changes[1].now", equalTo(1500280))
                .body("changes[3].was", equalTo(274))
                .body("changes[3].now", equalTo(554));
        // verifying changes nothing: the version keeps its figures
        given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + month)
                .then()
                .body("figures.exchange.summary.total", equalTo(32696900));
    }

    @Test
    void publish_showsTheVerification_whenFiguresChanged_andNoneOtherwise() {
        YearMonth unchanged = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(unchanged).statusCode(201);
        ReportFixtures.publish(unchanged, null).statusCode(200).body("verification", nullValue());

        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        aLateRecordOf280CallsFromQiandongnan(month);
        ReportFixtures.publish(month, null)
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("figures.exchange.summary.total", equalTo(32696900))
                .body("verification.version", equalTo(1))
                .body("verification.changes[0].figure", equalTo("exchange.summary.total"))
                .body("verification.changes[0].now", equalTo(32697180));
    }

    @Test
    void verify_ofAVersion_comparesThatVersion() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        aLateRecordOf280CallsFromQiandongnan(month);
        ReportFixtures.build(month).statusCode(201).body("version", equalTo(2));
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("version", 2)
                .get("/api/v1/reports/" + month + "/verify")
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("changes", empty());
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("version", 1)
                .get("/api/v1/reports/" + month + "/verify")
                .then()
                .body("changes.size()", equalTo(4));
    }

    @Test
    void verify_answers404WithoutAVersion_and503NamingAServiceThatFails() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        verify(month, Tokens.editor()).statusCode(404);
        ReportFixtures.build(month).statusCode(201);
        StubServices.serve(month, "timeliness", aResponse().withStatus(500));
        verify(month, Tokens.editor())
                .statusCode(503)
                .header("Retry-After", "10")
                .body("service", equalTo("request-service"));
    }

    @Test
    void verify_isForEditorsAndTheAdmin() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        verify(month, Tokens.service("request-service")).statusCode(403);
    }

    /** exchange-stats-service now counts a record that arrived after the build: 280 calls from 黔东南州 to the province. */
    private static void aLateRecordOf280CallsFromQiandongnan(YearMonth month) {
        StubServices.serve(
                month,
                "summary",
                StubServices.json(StubServices.seed("summary")
                        .replace("\"2023-10\"", "\"" + month + "\"")
                        .replace("\"total\": 32696900", "\"total\": 32697180")
                        .replace("\"PREFECTURE\": 1500000", "\"PREFECTURE\": 1500280")
                        .replace("\"PROVINCIAL\": 26486441", "\"PROVINCIAL\": 26486721")));
        StubServices.serve(
                month,
                "regions-provider",
                StubServices.json(StubServices.seed("regions-provider")
                        .replace("\"2023-10\"", "\"" + month + "\"")
                        .replace("\"calls\": 274\n", "\"calls\": 554\n")));
    }

    private static ValidatableResponse verify(YearMonth month, String token) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/reports/" + month + "/verify")
                .then();
    }
}
