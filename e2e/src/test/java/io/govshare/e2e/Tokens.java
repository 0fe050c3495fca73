package io.govshare.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static io.restassured.RestAssured.given;

/** Real tokens from the stack's Keycloak: password grant for users, client credentials for clients. */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REFRESH_AFTER = Duration.ofMinutes(10);
    private static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);
    private static final Map<Caller, Instant> FETCHED = new EnumMap<>(Caller.class);

    private Tokens() {}

    static synchronized String of(Caller caller) {
        if (caller == Caller.NONE) {
            return null;
        }
        Instant fetched = FETCHED.get(caller);
        if (fetched == null || fetched.plus(REFRESH_AFTER).isBefore(Instant.now())) {
            TOKENS.put(caller, fetch(caller));
            FETCHED.put(caller, Instant.now());
        }
        return TOKENS.get(caller);
    }

    private static String fetch(Caller caller) {
        return switch (caller) {
            case EXPIRED -> expired();
            case FOREIGN -> signedByStranger(password("govshare-cli", "admin"));
            case GATEWAY -> clientCredentials("exchange-gateway");
            case SERVICE -> clientCredentials("report-service");
            default -> password("govshare-cli", caller.label());
        };
    }

    public static String password(String client, String user) {
        return passwordGrant(Stack.oidcUrl(), client, user, "demo", null).getString("access_token");
    }

    /** The ID token (not the access token) of a demo user's password grant with scope openid. */
    public static String idToken(String user) {
        return passwordGrant(Stack.oidcUrl(), "govshare-cli", user, "demo", "openid")
                .getString("id_token");
    }

    /** An access token the realm issued to another of its clients: Keycloak's built-in {@code admin-cli}. */
    public static String otherClient(String user) {
        return password("admin-cli", user);
    }

    /**
     * An access token of another realm of the same Keycloak: the master realm's {@code admin-cli} for the bootstrap
     * admin that scripts/up creates (admin/admin, a local demo credential).
     */
    public static String otherRealm() {
        return passwordGrant(Stack.realmUrl("master"), "admin-cli", "admin", "admin", null)
                .getString("access_token");
    }

    private static io.restassured.path.json.JsonPath passwordGrant(
            String realmUrl, String client, String user, String password, String scope) {
        var request = given().formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", user)
                .formParam("password", password);
        if (scope != null) {
            request.formParam("scope", scope);
        }
        return request.post(realmUrl + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public static String clientCredentials(String client) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", client)
                .formParam("client_secret", client + "-secret")
                .post(Stack.oidcUrl() + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The admin's token from the client whose tokens live two seconds, once its expiry has passed. */
    private static String expired() {
        String token = password("govshare-e2e-short-lived", "admin");
        long exp = claims(token).get("exp").asLong();
        long waitMillis = (exp + 1) * 1000 - System.currentTimeMillis();
        if (waitMillis > 0) {
            try {
                Thread.sleep(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }

    public static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a JWT", e);
        }
    }

    /** The same header (kid included) and claims, signed RS256 by a key generated here. */
    private static String signedByStranger(String token) {
        String[] parts = token.split("\\.");
        String signingInput = parts[0] + "." + parts[1];
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(generator.generateKeyPair().getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
