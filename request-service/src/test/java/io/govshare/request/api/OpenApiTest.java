package io.govshare.request.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogWireMock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** The open endpoints: the OpenAPI document (with the problem answers) and health, without a token. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class OpenApiTest {

    @Test
    void theOpenApiDocument_listsTheWorkflowWithItsProblemAnswers() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/share-requests/{id}/accept"))
                .body("paths", hasKey("/api/v1/share-requests/import"))
                .body("paths", hasKey("/api/v1/share-requests/stats"))
                .body("paths", hasKey("/api/v1/national-applications"))
                .body("paths.'/api/v1/share-requests/{id}/accept'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/share-requests'.post.responses.'422'", notNullValue())
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void health_isUpWithoutAToken() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void anUnknownPath_isAProblem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJson() {
        byte[] body = new byte[10485761];
        java.util.Arrays.fill(body, (byte) ' ');
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(body)
                .post("/api/v1/share-requests/import")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://govshare.io/problems/payload-too-large"));
    }
}
