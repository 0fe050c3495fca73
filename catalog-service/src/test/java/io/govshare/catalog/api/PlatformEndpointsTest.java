package io.govshare.catalog.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** Health, metrics and the OpenAPI document are open (docs/security.md); everything else is not. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PlatformEndpointsTest {

    @Test
    void healthIsOpenAndReportsTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Reactive PostgreSQL connections health check"));
    }

    @Test
    void metricsAreOpenForPrometheus() {
        given().get("/api/v1/regions").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void openApiDocumentsEveryEndpointWithProblemAnswers() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/organizations"))
                .body("paths", hasKey("/api/v1/ledger/units/{orgCode}/history"))
                .body("paths.'/api/v1/resources'.post.responses", hasKey("403"))
                .body(
                        "paths.'/api/v1/resources'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body(
                        "paths.'/api/v1/resources'.post.responses.'401'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes.govshare.type", equalTo("openIdConnect"))
                .body(
                        "components.securitySchemes.govshare.openIdConnectUrl",
                        endsWith("/realms/quarkus/.well-known/openid-configuration"))
                .body("paths.'/api/v1/me'.get.operationId", equalTo("getMe"))
                .body(
                        "paths.'/api/v1/recommendations'.get.parameters[0].schema.'$ref'",
                        equalTo("#/components/schemas/Month"))
                .body("components.schemas.Month.type", equalTo("string"))
                .body("paths.'/api/v1/regions'.get.responses", not(hasKey("409")));
    }

    @Test
    void everyFetchOfTheDocumentCarriesTheIssuersSchemeInBothFormats() {
        // the scheme is set by a filter that runs for each request (OpenIdConnectSchemeFilter), not once at start
        for (int i = 0; i < 3; i++) {
            given().get("/q/openapi")
                    .then()
                    .statusCode(200)
                    .contentType(containsString("yaml"))
                    .body(containsString("openIdConnectUrl: "))
                    .body(containsString("/realms/quarkus/.well-known/openid-configuration"));
            given().accept("application/json")
                    .get("/q/openapi")
                    .then()
                    .statusCode(200)
                    .body("components.securitySchemes.govshare.type", equalTo("openIdConnect"))
                    .body(
                            "components.securitySchemes.govshare.openIdConnectUrl",
                            endsWith("/realms/quarkus/.well-known/openid-configuration"));
        }
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        given().get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://govshare.io/problems/not-found"));
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJson() {
        byte[] body = new byte[2097153];
        java.util.Arrays.fill(body, (byte) ' ');
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(body)
                .post("/api/v1/resources")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://govshare.io/problems/payload-too-large"));
    }

    @Test
    void noBrowserOriginIsAllowedByDefault() {
        var preflight = given().header("Origin", "https://portal.example.com")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/regions");
        org.assertj.core.api.Assertions.assertThat(preflight.header("Access-Control-Allow-Origin"))
                .isNull();
        var call = given().auth()
                .oauth2(Tokens.admin())
                .header("Origin", "https://portal.example.com")
                .get("/api/v1/regions");
        org.assertj.core.api.Assertions.assertThat(call.header("Access-Control-Allow-Origin"))
                .isNull();
    }
}
