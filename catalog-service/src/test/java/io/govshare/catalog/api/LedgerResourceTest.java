package io.govshare.catalog.api;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LedgerResourceTest {

    private static final String PATH = "/api/v1/ledger/units";

    @Test
    void asOf_showsTheStatusOfThatDay_notLaterChanges() {
        String unit = Fixtures.createOrganization("PROVINCIAL");
        record(unit, "SCHEDULED", "2023-08-07", "2023-09-04").then().statusCode(200);
        record(unit, "IN_PROGRESS", "2023-09-04", null).then().statusCode(200);
        record(unit, "COMPLETED", "2023-11-03", null).then().statusCode(200);

        assertThat(stateOn(unit, "2023-08-06")).isNull();
        assertThat(stateOn(unit, "2023-08-07"))
                .containsEntry("status", "SCHEDULED")
                .containsEntry("since", "2023-08-07")
                .containsEntry("plannedDate", "2023-09-04");
        assertThat(stateOn(unit, "2023-10-31"))
                .containsEntry("status", "IN_PROGRESS")
                .containsEntry("since", "2023-09-04");
        assertThat(stateOn(unit, "2023-11-03")).containsEntry("status", "COMPLETED");
    }

    @Test
    void replanningKeepsTheDayTheUnitWasScheduled() {
        String unit = Fixtures.createOrganization("PROVINCIAL");
        record(unit, "SCHEDULED", "2023-09-01", "2023-10-01").then().statusCode(200);
        record(unit, "SCHEDULED", "2023-09-20", "2023-11-15")
                .then()
                .statusCode(200)
                .body("since", equalTo("2023-09-01"))
                .body("plannedDate", equalTo("2023-11-15"));
        assertThat(stateOn(unit, "2023-09-10")).containsEntry("plannedDate", "2023-10-01");
    }

    @Test
    void repeatingTheLatestChange_changesNothing() {
        String unit = Fixtures.createOrganization("PROVINCIAL");
        record(unit, "IN_PROGRESS", "2023-10-09", null).then().statusCode(200);
        record(unit, "IN_PROGRESS", "2023-10-09", null).then().statusCode(200);
        given().auth()
                .oauth2(Tokens.department("x", "dept-user"))
                .get(PATH + "/" + unit + "/history")
                .then()
                .statusCode(200)
                .body("status", contains("IN_PROGRESS"))
                .body("recordedBy", contains("admin"));
    }

    @Test
    void aStepBackOrAnEarlierDate_isA409_andRecordsNothing() {
        String unit = Fixtures.createOrganization("PROVINCIAL");
        record(unit, "IN_PROGRESS", "2023-10-09", null).then().statusCode(200);
        record(unit, "SCHEDULED", "2023-10-20", "2023-12-01")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("status"));
        record(unit, "COMPLETED", "2023-10-01", null).then().statusCode(409);
        given().auth()
                .oauth2(Tokens.admin())
                .get(PATH + "/" + unit + "/history")
                .then()
                .body("status", contains("IN_PROGRESS"));
    }

    @Test
    void badInput_isA400NamingTheField() {
        String unit = Fixtures.createOrganization("PROVINCIAL");
        record(unit, "SCHEDULED", "2023-10-01", null)
                .then()
                .statusCode(400)
                .body("errors.field", contains("plannedDate"));
        record(unit, "COMPLETED", "2023-10-01", "2023-10-02")
                .then()
                .statusCode(400)
                .body("errors.field", contains("plannedDate"));
        record(unit, "FINISHED", "2023-10-01", null).then().statusCode(400).body("errors.field", contains("status"));
        record(unit, "COMPLETED", "2999-01-01", null)
                .then()
                .statusCode(400)
                .body("errors.field", contains("effectiveDate"));
        record(unit, "COMPLETED", "2023-02-30", null)
                .then()
                .statusCode(400)
                .body("errors.field", contains("effectiveDate"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("asOf", "yesterday")
                .get(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("asOf"));
    }

    @Test
    void unknownUnit_is404() {
        record("no-such-unit", "COMPLETED", "2023-10-01", null).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.admin())
                .get(PATH + "/no-such-unit/history")
                .then()
                .statusCode(404);
    }

    @Test
    void onlyThePlatformAdminRecords_evenForTheUnitItself() {
        String unit = Fixtures.createOrganization("PROVINCIAL");
        given().auth()
                .oauth2(Tokens.department(unit, "dept-user", "dept-reviewer", "dept-signer"))
                .contentType(ContentType.JSON)
                .body("{\"status\":\"COMPLETED\",\"effectiveDate\":\"2023-10-01\"}")
                .put(PATH + "/" + unit)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.user("editor").roles("report-editor").get())
                .contentType(ContentType.JSON)
                .body("{\"status\":\"COMPLETED\",\"effectiveDate\":\"2023-10-01\"}")
                .put(PATH + "/" + unit)
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{\"status\":\"COMPLETED\"}")
                .put(PATH + "/" + unit)
                .then()
                .statusCode(401);
        given().get(PATH).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.admin())
                .get(PATH + "/" + unit + "/history")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void effectiveDateDefaultsToToday() {
        String unit = Fixtures.createOrganization("PROVINCIAL");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"status\":\"IN_PROGRESS\"}")
                .put(PATH + "/" + unit)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body(
                        "since",
                        equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .toString()));
    }

    private static io.restassured.response.Response record(
            String unit, String status, String effectiveDate, String plannedDate) {
        String body = "{\"status\":\"" + status + "\",\"effectiveDate\":\"" + effectiveDate + "\""
                + (plannedDate == null ? "" : ",\"plannedDate\":\"" + plannedDate + "\"") + "}";
        return given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put(PATH + "/" + unit);
    }

    private static Map<String, Object> stateOn(String unit, String day) {
        List<Map<String, Object>> units = given().auth()
                .oauth2(Tokens.department("x", "dept-user"))
                .queryParam("asOf", day)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return units.stream()
                .filter(u -> unit.equals(u.get("orgCode")))
                .findFirst()
                .orElse(null);
    }
}
