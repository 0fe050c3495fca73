package io.govshare.report.api;

import java.time.YearMonth;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.report.StubServices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportPublishTest {

    @Inject
    Pool database;

    @Test
    void publish_freezesTheLatestVersion() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        ReportFixtures.publish(month, null)
                .statusCode(200)
                .body("version", equalTo(1))
                .body("status", equalTo("PUBLISHED"))
                .body("publishedBy", equalTo("editor"))
                .body("publishedAt", notNullValue())
                .body("overrideReason", nullValue());
        given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void publish_returns409_whenTheLatestVersionIsAlreadyPublished() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        ReportFixtures.publish(month, null).statusCode(200);
        ReportFixtures.publish(month, null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://govshare.io/problems/conflict"))
                .body("detail", containsString("already published"));
    }

    @Test
    void publish_returns409ListingTheFailedChecks_whenACheckFails() {
        YearMonth month = ReportFixtures.aMonthWhereDecidedIsWrong();
        ReportFixtures.build(month).statusCode(201);
        ReportFixtures.publish(month, "{}")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://govshare.io/problems/checks-failed"))
                .body("failedChecks.name", hasItem("requests.decided"))
                .body("failedChecks[0].ok", is(false));
        given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + month)
                .then()
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void publish_withOverrideAndReason_publishesAndRecordsTheReason() {
        YearMonth month = ReportFixtures.aMonthWhereDecidedIsWrong();
        ReportFixtures.build(month).statusCode(201);
        ReportFixtures.publish(month, "{\"override\": true, \"reason\": \"请求服务统计口径调整，经审核同意印发\"}")
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("checksOk", is(false))
                .body("overrideReason", equalTo("请求服务统计口径调整，经审核同意印发"));
        given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + month)
                .then()
                .body("overrideReason", equalTo("请求服务统计口径调整，经审核同意印发"));
    }

    @Test
    void publish_returns400_forOverrideWithoutReason() {
        YearMonth month = ReportFixtures.aMonthWhereDecidedIsWrong();
        ReportFixtures.build(month).statusCode(201);
        ReportFixtures.publish(month, "{\"override\": true}")
                .statusCode(400)
                .body("type", equalTo("https://govshare.io/problems/validation"))
                .body("errors.field", hasItem("reason"));
        ReportFixtures.publish(month, "{\"override\": \"yes\"}")
                .statusCode(400)
                .body("errors.field", hasItem("override"));
    }

    @Test
    void publish_returns404_whenNothingWasBuilt() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.publish(month, null)
                .statusCode(404)
                .body("type", equalTo("https://govshare.io/problems/not-found"));
    }

    @Test
    void rebuild_afterPublishing_isANewDraft_andThePublishedVersionStays() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        ReportFixtures.publish(month, null).statusCode(200);
        StubServices.serve(
                month,
                "stats",
                StubServices.json(StubServices.seed("stats")
                        .replace("\"2023-10\"", "\"" + month + "\"")
                        .replace("\"pending\": 15", "\"pending\": 16")));
        ReportFixtures.build(month).statusCode(201).body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("version", 1)
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("figures.requests.pending", equalTo(15))
                .body("checksOk", is(true));
        given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + month)
                .then()
                .body("version", equalTo(2))
                .body("figures.requests.pending", equalTo(16))
                .body("checksOk", is(false));
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("month", month.toString())
                .get("/api/v1/reports")
                .then()
                .body("status", contains("DRAFT", "PUBLISHED"));
    }

    @Test
    void database_refusesToChangeAPublishedVersion_orTheFiguresOfADraft() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        assertThatThrownBy(() ->
                        execute("update report_version set snapshot = '{}'::jsonb where month = $1", month.toString()))
                .hasMessageContaining("never changes its figures");
        ReportFixtures.publish(month, null).statusCode(200);
        assertThatThrownBy(() ->
                        execute("update report_version set override_reason = 'x' where month = $1", month.toString()))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> execute("delete from report_version where month = $1", month.toString()))
                .hasMessageContaining("cannot be deleted");
        given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + month)
                .then()
                .body("figures.requests.submitted", equalTo(280));
    }

    private void execute(String sql, String month) {
        this.database.preparedQuery(sql).execute(Tuple.of(month)).await().indefinitely();
    }
}
