package io.govshare.e2e;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's login (docs/security.md, "Browser login"): the authorization-code flow with PKCE S256 through the public
 * client {@code govshare-portal}, Keycloak's login form driven with an HTTP client as a browser would drive it. The
 * token it gives carries the roles and the {@code org} claim, and every service accepts it.
 */
class BrowserLoginIT {

    private static final String CLIENT = "govshare-portal";
    private static final String REDIRECT = "http://localhost:8085/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * Cookies as a browser keeps them for {@code http://localhost}: Keycloak counts localhost as a secure context and
     * marks its login cookies {@code Secure}, which browsers still send there; {@link CookieManager} alone would drop
     * them over plain HTTP (the login page would answer "Restart login cookie not found").
     */
    static final class LocalhostCookies extends CookieHandler {
        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            // the store's own lookup by URI leaves Secure cookies out over http: one host here, so match the path only
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            String header = cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getPath() == null || path.startsWith(cookie.getPath()))
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(uri, responseHeaders);
        }
    }

    @Test
    void theCodeFlowWithPkceGivesATokenEveryServiceAccepts() throws Exception {
        String verifier = randomVerifier();
        String code = login("zwfw", challenge(verifier), "state-1");
        JsonNode tokens = exchange(code, verifier);
        String accessToken = tokens.path("access_token").asText();
        assertThat(accessToken).isNotEmpty();

        JsonNode claims = Tokens.claims(accessToken);
        assertThat(claims.path("azp").asText()).isEqualTo(CLIENT);
        assertThat(claims.path("org").asText()).isEqualTo("gz.zwfwzx");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("dept-reviewer");

        for (String service : Stack.SERVICES) {
            String path = switch (service) {
                case Stack.CATALOG -> "/api/v1/me";
                case Stack.REQUESTS -> "/api/v1/share-requests?size=1";
                case Stack.EXCHANGE -> "/api/v1/exchange-stats/organizations/gz.zwfwzx?month=2023-10";
                default -> "/api/v1/reports";
            };
            HttpResponse<String> answer = get(Stack.url(service) + path, accessToken);
            assertThat(answer.statusCode())
                    .as(service + path + ": " + answer.body())
                    .isEqualTo(200);
        }
        HttpResponse<String> me = get(Stack.url(Stack.CATALOG) + "/api/v1/me", accessToken);
        assertThat(JSON.readTree(me.body()).path("org").path("code").asText()).isEqualTo("gz.zwfwzx");
    }

    @Test
    void aCodeIsNotExchangedWithoutItsVerifier() throws Exception {
        String code = login("zwfw", challenge(randomVerifier()), "state-2");
        HttpResponse<String> answer = tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "client_id", CLIENT,
                "code", code,
                "redirect_uri", REDIRECT,
                "code_verifier", randomVerifier()));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("invalid_grant");
    }

    @Test
    void thePortalClientHasNoPasswordGrant() throws Exception {
        HttpResponse<String> answer = tokenRequest(
                Map.of("grant_type", "password", "client_id", CLIENT, "username", "zwfw", "password", "demo"));
        assertThat(answer.statusCode()).isIn(400, 401);
        assertThat(answer.body()).contains("unauthorized_client");
    }

    @Test
    void theLoginRefusesAFlowWithoutPkce() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(Stack.oidcUrl()
                        + "/protocol/openid-connect/auth?"
                        + form(Map.of(
                                "client_id", CLIENT,
                                "response_type", "code",
                                "scope", "openid",
                                "redirect_uri", REDIRECT,
                                "state", "no-pkce"))))
                .GET()
                .build());
        // Keycloak sends the browser back with an error instead of showing the login form
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("error=invalid_request");
    }

    /** Opens the login page, submits the user's credentials and returns the code of the redirect. */
    private String login(String user, String challenge, String state) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(Stack.oidcUrl()
                        + "/protocol/openid-connect/auth?"
                        + form(Map.of(
                                "client_id", CLIENT,
                                "response_type", "code",
                                "scope", "openid",
                                "redirect_uri", REDIRECT,
                                "state", state,
                                "code_challenge", challenge,
                                "code_challenge_method", "S256"))))
                .GET()
                .build());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(page.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        HttpResponse<String> submitted =
                send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", user, "password", "demo", "credentialId", ""))))
                        .build());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        URI location = URI.create(submitted.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(REDIRECT);
        Map<String, String> query = parse(location.getRawQuery());
        assertThat(query).containsEntry("state", state);
        return query.get("code");
    }

    private JsonNode exchange(String code, String verifier) throws IOException, InterruptedException {
        HttpResponse<String> answer = tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "client_id", CLIENT,
                "code", code,
                "redirect_uri", REDIRECT,
                "code_verifier", verifier));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> tokenRequest(Map<String, String> fields) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(Stack.oidcUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build());
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return this.browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String randomVerifier() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            values.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
