package io.govshare.report.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.report.StubServices;

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
}
