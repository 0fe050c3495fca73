package io.govshare.e2e;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Only GovShare's own access tokens are accepted (docs/security.md, "Only GovShare's own access tokens"): on every
 * service, a protected GET that answers 200 to the admin's access token (client govshare-cli) answers 401
 * problem+json, with {@code WWW-Authenticate: Bearer}, to the same user's ID token, to an access token the same realm
 * issued to another client (Keycloak's built-in {@code admin-cli}), and to an access token of another realm (the
 * master realm's {@code admin-cli}). Each token is first checked to be what it claims to be, so that a 401 means the
 * rule, not a broken token.
 */
class TokenRulesIT {

    private record Foreign(String name, Supplier<String> token, String typ, String azp, String realm) {}

    private static final List<Foreign> TOKENS = List.of(
            new Foreign("an ID token", () -> Tokens.idToken("admin"), "ID", "govshare-cli", "govshare"),
            new Foreign(
                    "a token of another client (admin-cli)",
                    () -> Tokens.otherClient("admin"),
                    "Bearer",
                    "admin-cli",
                    "govshare"),
            new Foreign("a token of another realm (master)", Tokens::otherRealm, "Bearer", "admin-cli", "master"));

    @TestFactory
    Stream<DynamicTest> onlyGovSharesOwnAccessTokensAreAccepted() {
        return Stack.SERVICES.stream()
                .flatMap(service -> TOKENS.stream()
                        .map(foreign -> dynamicTest(service + ": " + foreign.name(), () -> refused(service, foreign))));
    }

    private static void refused(String service, Foreign foreign) {
        String path = Api.adminGet(service);
        assertThat(Api.withToken(service, Caller.ADMIN.token()).get(path).statusCode())
                .as("GET %s with the admin's access token", path)
                .isEqualTo(200);

        String token = foreign.token().get();
        JsonNode claims = Tokens.claims(token);
        assertThat(claims.path("typ").asText()).as("typ of %s", foreign.name()).isEqualTo(foreign.typ());
        assertThat(claims.path("azp").asText()).as("azp of %s", foreign.name()).isEqualTo(foreign.azp());
        assertThat(claims.path("iss").asText())
                .as("issuer of %s", foreign.name())
                .isEqualTo(Stack.realmUrl(foreign.realm()));

        Response response = Api.withToken(service, token).get(path);
        assertThat(response.statusCode())
                .as("GET %s with %s: %s", path, foreign.name(), response.asString())
                .isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("https://govshare.io/problems/unauthorized");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
