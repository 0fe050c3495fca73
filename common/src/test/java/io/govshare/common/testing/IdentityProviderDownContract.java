package io.govshare.common.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * When the OIDC provider cannot be reached a token cannot be checked: 503 with {@code Retry-After}, not 500 and not
 * 401, and health stays up. A service's test extends this with {@code @QuarkusTest} and
 * {@code @TestProfile(IdentityProviderDownContract.NoIdentityProvider.class)} and names a protected path.
 */
public abstract class IdentityProviderDownContract {

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

    /** A GET that needs a token, e.g. {@code /api/v1/regions}. */
    protected abstract String protectedPath();

    @Test
    void aTokenThatCannotBeCheckedIs503() {
        given().auth()
                .oauth2(Tokens.admin())
                .get(protectedPath())
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("https://govshare.io/problems/upstream-unavailable"))
                .body("service", equalTo("oidc"));
    }

    @Test
    void healthStaysUp() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
