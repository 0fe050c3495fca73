package io.govshare.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The response headers of docs/security.md ("Response headers"): on every service, an API answer (a 200 with data, a
 * 401 problem, a 404 problem) carries {@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store},
 * {@code Referrer-Policy: no-referrer} and a Content-Security-Policy that allows no script; the HTML report is served
 * with a policy that allows no script at all ({@code default-src 'none'}, no {@code script-src} but {@code 'none'})
 * and says who may frame it ({@code frame-ancestors}).
 */
class HeadersIT {

    /** The script directives of CSP Level 3; each falls back to script-src, which falls back to default-src. */
    private static final List<String> SCRIPT_DIRECTIVES = List.of("script-src", "script-src-elem", "script-src-attr");

    @TestFactory
    Stream<DynamicTest> everyApiAnswerCarriesTheSecurityHeaders() {
        return Stack.SERVICES.stream().flatMap(service -> {
            String path = Api.adminGet(service);
            return Stream.of(
                    dynamicTest(service + ": 200 " + path, () -> {
                        Response ok =
                                Api.withToken(service, Caller.ADMIN.token()).get(path);
                        assertThat(ok.statusCode()).isEqualTo(200);
                        apiHeaders(ok);
                    }),
                    dynamicTest(service + ": 401 problem without a token", () -> {
                        Response refused = Api.withToken(service, null).get(path);
                        assertThat(refused.statusCode()).isEqualTo(401);
                        apiHeaders(refused);
                    }),
                    dynamicTest(service + ": 404 problem of an unknown path", () -> {
                        Response missing =
                                Api.withToken(service, Caller.ADMIN.token()).get("/api/v1/e2e-no-such-path");
                        assertThat(missing.statusCode()).isEqualTo(404);
                        apiHeaders(missing);
                    }));
        });
    }

    @Test
    void theHtmlReportAllowsNoScriptAndSaysWhoMayFrameIt() {
        Response html = given().baseUri(Stack.url(Stack.REPORT))
                .header("Authorization", "Bearer " + Caller.EDITOR.token())
                .queryParam("format", "html")
                .get("/api/v1/reports/2023-10");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(html.header("Referrer-Policy")).isEqualTo("no-referrer");

        String policy = html.header("Content-Security-Policy");
        assertThat(policy).as("Content-Security-Policy of the HTML report").isNotBlank();
        Map<String, String> directives = directives(policy);
        assertThat(directives).containsEntry("default-src", "'none'");
        for (String script : SCRIPT_DIRECTIVES) {
            if (directives.containsKey(script)) {
                assertThat(directives.get(script)).as(script + " of " + policy).isEqualTo("'none'");
            }
        }
        assertThat(directives.get("frame-ancestors"))
                .as("frame-ancestors of " + policy)
                .isNotBlank();
    }

    private static void apiHeaders(Response response) {
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Cache-Control")).as("Cache-Control").contains("no-store");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).as("Content-Security-Policy").isNotBlank();
        assertThat(allowsScript(directives(policy)))
                .as("a script allowed by " + policy)
                .isFalse();
    }

    /** True unless every script directive, or what it falls back to, is 'none'. */
    private static boolean allowsScript(Map<String, String> directives) {
        String scriptSrc = directives.getOrDefault("script-src", directives.get("default-src"));
        for (String script : SCRIPT_DIRECTIVES) {
            String value = directives.getOrDefault(script, scriptSrc);
            if (!"'none'".equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The directives of a policy, by name (lower case), each with its source list. */
    static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String trimmed = directive.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int space = trimmed.indexOf(' ');
            String name = (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase();
            // the first occurrence of a directive counts (CSP Level 3)
            directives.putIfAbsent(
                    name, space < 0 ? "" : trimmed.substring(space + 1).trim());
        }
        return directives;
    }
}
