package io.govshare.report.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.report.StubServices;
import io.govshare.report.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** The OpenAPI document and health are open (ADR identity), and document the problem answers. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class OpenApiTest {

    @Test
    void openApi_documentsEveryEndpointWithItsProblems() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/reports/{month}/build'.post.responses.'503'", notNullValue())
                .body("paths.'/api/v1/reports/{month}/publish'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/reports/{month}'.get.responses.'403'", notNullValue())
                .body("components.schemas.Problem", notNullValue());
    }

    @Test
    void readiness_reportsTheFonts() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("report-fonts"));
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJson() {
        byte[] body = new byte[1048577];
        java.util.Arrays.fill(body, (byte) ' ');
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(body)
                .put("/api/v1/reports/2023-10/content")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://govshare.io/problems/payload-too-large"));
    }
}
