package io.govshare.request.api;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import io.govshare.request.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** When the OIDC provider cannot be reached, a token cannot be checked: 503, not 500 and not 401. */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.NoIdentityProvider.class)
class IdentityProviderDownTest {

    /** Points the service at a port where nothing listens. */
    public static class NoIdentityProvider implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:1/realms/govshare",
                    "quarkus.oidc.connection-retry-count", "0",
                    "smallrye.jwt.sign.key.location", "privateKey.jwk");
        }
    }

    @Test
    void aTokenThatCannotBeCheckedIs503() {
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/share-requests")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", equalTo("https://govshare.io/problems/upstream-unavailable"))
                .body("service", equalTo("oidc"));
    }

    @Test
    void healthStaysUp() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
