package io.govshare.report.api;

import java.time.YearMonth;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.report.Months;
import io.govshare.report.StubServices;
import io.govshare.report.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Roles of DESIGN §11: build, content and publish for report-editor; reading also for platform-admin and service. */
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
            Tokens.admin(), Tokens.service(), Tokens.department("gz.dsjj", "dept-user", "dept-reviewer", "dept-signer")
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
    void reading_returns403_forADepartmentUser(String endpoint) {
        call(given().auth().oauth2(Tokens.department("gz.dsjj", "dept-user")), endpoint, Months.fresh())
                .then()
                .statusCode(403)
                .body("type", equalTo("https://govshare.io/problems/forbidden"));
    }

    @Test
    void reading_isAllowed_forEditorAdminAndService() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        for (String token : new String[] {Tokens.editor(), Tokens.admin(), Tokens.service()}) {
            call(given().auth().oauth2(token), "read", month).then().statusCode(200);
            call(given().auth().oauth2(token), "list", month).then().statusCode(200);
        }
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
