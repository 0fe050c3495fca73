package io.govshare.report.api;

import java.time.YearMonth;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.common.testing.Tokens;
import io.govshare.report.Months;
import io.govshare.report.StubServices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * Roles (docs/security.md): build, content and publish for report-editor; reading also for platform-admin and
 * service; departments read published versions only, and a draft is 404 for them.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportAccessTest {

    private static final String CONTENT = "{\"cases\":[]}";

    @ParameterizedTest
    @ValueSource(strings = {"build", "publish", "content", "read", "list"})
    void everyEndpoint_returns401Problem_withoutToken(String endpoint) {
        call(given(), endpoint, Months.fresh())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://govshare.io/problems/unauthorized"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "publish", "content", "read", "list"})
    void everyEndpoint_returns401_forExpiredOrForeignToken(String endpoint) {
        var editor = Tokens.user("editor").roles("report-editor");
        call(given().auth().oauth2(editor.expired().get()), endpoint, Months.fresh())
                .then()
                .statusCode(401);
        call(
                        given().auth()
                                .oauth2(Tokens.user("editor")
                                        .roles("report-editor")
                                        .signedByStranger()),
                        endpoint,
                        Months.fresh())
                .then()
                .statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "publish", "content"})
    void editing_returns403Problem_forAdminServiceAndDepartment(String endpoint) {
        for (String token : new String[] {
            Tokens.admin(),
            Tokens.service("request-service"),
            Tokens.department("gz.dsjj", "dept-user", "dept-reviewer", "dept-signer")
        }) {
            call(given().auth().oauth2(token), endpoint, Months.fresh())
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/forbidden"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"read", "list"})
    void reading_returns403_forACallerWithoutAReadingRole(String endpoint) {
        for (String token : new String[] {
            Tokens.user("norole").org("gz.zwfwzx").get(),
            Tokens.user("gateway").roles("exchange-gateway").get()
        }) {
            call(given().auth().oauth2(token), endpoint, Months.fresh())
                    .then()
                    .statusCode(403)
                    .body("type", equalTo("https://govshare.io/problems/forbidden"));
        }
    }

    @Test
    void aDepartmentUser_readsNoDraft_neitherTheLatestNorByItsNumber_andListsNone() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        String department = Tokens.department("gz.dsjj", "dept-user");
        call(given().auth().oauth2(department), "read", month)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://govshare.io/problems/not-found"));
        version(department, month, 1).statusCode(404);
        list(department, month).statusCode(200).body("$", empty());
    }

    @Test
    void aDepartmentUser_readsThePublishedVersion_evenWhenALaterDraftExists() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        ReportFixtures.publish(month, null).statusCode(200);
        ReportFixtures.build(month).statusCode(201).body("version", equalTo(2));
        for (String department : new String[] {
            Tokens.department("gz.zwfwzx", "dept-user"),
            Tokens.department("gz.scjgj", "dept-reviewer"),
            Tokens.department("gz.scjgj", "dept-signer")
        }) {
            given().auth()
                    .oauth2(department)
                    .get("/api/v1/reports/" + month)
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(1))
                    .body("status", equalTo("PUBLISHED"));
            given().auth()
                    .oauth2(department)
                    .queryParam("format", "pdf")
                    .get("/api/v1/reports/" + month)
                    .then()
                    .statusCode(200)
                    .contentType("application/pdf");
            version(department, month, 2).statusCode(404);
            list(department, month)
                    .statusCode(200)
                    .body("version", contains(1))
                    .body("status", everyItem(equalTo("PUBLISHED")));
        }
        list(Tokens.editor(), month).body("version", contains(2, 1));
    }

    @Test
    void aDepartmentUser_mayNotVerifyNorReadTheContent() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        String department = Tokens.department("gz.zwfwzx", "dept-user", "dept-reviewer", "dept-signer");
        given().auth()
                .oauth2(department)
                .get("/api/v1/reports/" + month + "/verify")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(department)
                .get("/api/v1/reports/" + month + "/content")
                .then()
                .statusCode(403);
    }

    @Test
    void reading_isAllowed_forEditorAdminAndService() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        for (String token : new String[] {Tokens.editor(), Tokens.admin(), Tokens.service("request-service")}) {
            call(given().auth().oauth2(token), "read", month).then().statusCode(200);
            call(given().auth().oauth2(token), "list", month).then().statusCode(200);
        }
    }

    private static ValidatableResponse version(String token, YearMonth month, int version) {
        return given().auth()
                .oauth2(token)
                .queryParam("version", version)
                .get("/api/v1/reports/" + month)
                .then();
    }

    private static ValidatableResponse list(String token, YearMonth month) {
        return given().auth()
                .oauth2(token)
                .queryParam("month", month.toString())
                .get("/api/v1/reports")
                .then();
    }

    private static io.restassured.response.Response call(RequestSpecification request, String endpoint, YearMonth m) {
        String base = "/api/v1/reports/" + m;
        return switch (endpoint) {
            case "build" -> request.post(base + "/build");
            case "publish" -> request.post(base + "/publish");
            case "content" ->
                request.contentType("application/json").body(CONTENT).put(base + "/content");
            case "read" -> request.get(base);
            case "list" -> request.get("/api/v1/reports");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }
}
