package io.govshare.common.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The hostile inputs of issue 11 against the shared web layer, one test each: every answer is a 4xx problem, never a
 * 5xx, and never a body-less error.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class WebLayerTest {

    static final String PROBLEM = "application/problem+json";
    static final String BASE = "https://govshare.io/problems/";

    @TestHTTPResource("/")
    URI root;

    /** Writes a request as bytes on a socket and reads the whole answer (the server closes the connection). */
    String raw(String request) throws Exception {
        try (Socket socket = new Socket(this.root.getHost(), this.root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (java.io.IOException e) {
                // the server may answer and close before the whole request is written: read what it said
            }
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (answer.indexOf("\r\n\r\n") > 0 && isComplete(answer)) {
                        break;
                    }
                }
            } catch (java.io.IOException e) {
                // a reset after the answer
            }
            return answer.toString();
        }
    }

    private static boolean isComplete(StringBuilder answer) {
        int headerEnd = answer.indexOf("\r\n\r\n");
        var length =
                java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer.substring(0, headerEnd));
        return length.find() && answer.length() - headerEnd - 4 >= Integer.parseInt(length.group(1));
    }

    static RequestSpecification asUser() {
        return given().auth().oauth2(Tokens.department("gz.zwfwzx", "dept-user"));
    }

    @Nested
    class Tokens_ {

        @Test
        void aBearerMadeOfDotsIs401() {
            given().header("Authorization", "Bearer ...")
                    .get("/api/test/items")
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo(BASE + "unauthorized"));
        }

        @Test
        void aBearerWithTheWrongNumberOfSegmentsIs401() {
            for (String token : new String[] {"a.b", "a.b.c.d", "a", ".", "x..y", "a.b.c.d.e.f"}) {
                given().header("Authorization", "Bearer " + token)
                        .get("/api/test/items")
                        .then()
                        .statusCode(401)
                        .contentType(PROBLEM);
            }
        }

        @Test
        void anIdTokenIs401() {
            String idToken = Tokens.user("zwfw")
                    .org("gz.zwfwzx")
                    .roles("dept-user")
                    .idToken()
                    .get();
            given().auth()
                    .oauth2(idToken)
                    .get("/api/test/items")
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM);
        }

        @Test
        void aTokenOfAnotherClientIs401() {
            String foreign = Tokens.user("zwfw")
                    .roles("dept-user", "platform-admin")
                    .client("admin-cli")
                    .get();
            given().auth()
                    .oauth2(foreign)
                    .get("/api/test/items")
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM);
        }

        @Test
        void aTokenOfAGovShareClientIsAccepted() {
            given().auth()
                    .oauth2(Tokens.service("report-service"))
                    .get("/api/test/me")
                    .then()
                    .statusCode(200)
                    .body("roles", hasItem("service"));
        }

        @Test
        void aForeignSignatureIs401() {
            String stranger = Tokens.user("zwfw").roles("dept-user").signedByStranger();
            given().auth()
                    .oauth2(stranger)
                    .get("/api/test/items")
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM);
        }

        @Test
        void theWrongRoleIs403() {
            given().auth()
                    .oauth2(Tokens.department("gz.zwfwzx", "dept-signer"))
                    .contentType("application/json")
                    .body("{\"name\":\"x\"}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("type", equalTo(BASE + "forbidden"));
        }
    }

    @Nested
    class TextInput {

        @Test
        void nulInAPathIs400() {
            asUser().urlEncodingEnabled(false)
                    .get("/api/test/items/ab%00cd")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("detail", containsString("NUL"));
        }

        @Test
        void nulInAQueryIs400() {
            asUser().urlEncodingEnabled(false)
                    .get("/api/test/items?q=a%00b")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }

        @Test
        void nulInAJsonStringNamesTheField() {
            asUser().contentType("application/json")
                    .body("{\"name\":\"a\\u0000b\"}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("name"))
                    .body("errors[0].message", containsString("NUL"));
        }

        @Test
        void aLoneSurrogateInAJsonStringNamesTheField() {
            asUser().contentType("application/json")
                    .body("{\"name\":\"ok\",\"tags\":[\"fine\",\"\\ud800\"]}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("tags[1]"))
                    .body("errors[0].message", containsString("surrogate"));
        }

        @Test
        void aPairedSurrogateIsText() {
            asUser().contentType("application/json")
                    .body("{\"name\":\"\\ud83d\\ude00 ok\"}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(201);
        }

        @Test
        void percentEncodedBytesThatAreNotUtf8Are400() {
            asUser().urlEncodingEnabled(false)
                    .get("/api/test/items?q=%ED%A0%80")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }

        @Test
        void malformedPercentEncodingIs400() throws Exception {
            // no Java HTTP client sends this URI: written on the socket as a hostile client would
            String answer = raw("GET /api/test/items?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400").contains(PROBLEM).contains(BASE + "bad-request");
        }

        @Test
        void aBadCodeIs400BeforeItIsUsed() {
            asUser().get("/api/test/items/" + "x".repeat(5000))
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("code"));
        }
    }

    @Nested
    class Parameters {

        @Test
        void aPageWhoseOffsetOverflowsIs400() {
            asUser().get("/api/test/items?page=2147483647")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
            asUser().get("/api/test/items?page=4294968&size=500")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("page"));
        }

        @Test
        void aPageBeyondIntegerIs400() {
            asUser().get("/api/test/items?page=99999999999999999999999")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("page"));
        }

        @Test
        void aMonthOutOfRangeIs400() {
            for (String month : new String[] {"-999999999-01", "0000-01", "1969-12", "10000-01", "2023-13", "2023-1"}) {
                asUser().queryParam("month", month)
                        .get("/api/test/items")
                        .then()
                        .statusCode(400)
                        .contentType(PROBLEM)
                        .body("errors[0].field", equalTo("month"));
            }
        }

        @Test
        void aGoodMonthAndDateArePassed() {
            asUser().get("/api/test/items?month=2023-10&date=2023-10-31&kind=PROVIDER&flag=true")
                    .then()
                    .statusCode(200)
                    .body("month", equalTo("2023-10"))
                    .body("date", equalTo("2023-10-31"))
                    .body("kind", equalTo("PROVIDER"));
        }

        @Test
        void anUnknownEnumNamesTheValues() {
            asUser().get("/api/test/items?kind=BOTH")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("kind"))
                    .body("errors[0].message", containsString("PROVIDER"));
        }

        @Test
        void aUuidNotCanonicalIs400() {
            asUser().get("/api/test/items?id=1-2-3-4-5").then().statusCode(400).body("errors[0].field", equalTo("id"));
        }
    }

    @Nested
    class JsonBodies {

        @Test
        void aDuplicatedKeyIs400() {
            asUser().contentType("application/json")
                    .body("{\"name\":\"a\",\"name\":\"b\"}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo(BASE + "malformed-body"))
                    .body("detail", containsString("name"));
        }

        @Test
        void deepNestingIs400() {
            String deep = "[".repeat(1500) + "]".repeat(1500);
            asUser().contentType("application/json")
                    .body("{\"name\":\"a\",\"ignored\":" + deep + "}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo(BASE + "malformed-body"));
        }

        @Test
        void trailingContentIs400() {
            asUser().contentType("application/json")
                    .body("{\"name\":\"a\"} {\"name\":\"b\"}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }

        @Test
        void truncatedJsonIs400() {
            asUser().contentType("application/json")
                    .body("{\"name\":\"a")
                    .post("/api/test/items")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo(BASE + "malformed-body"));
        }

        @Test
        void aWrongTypeNamesTheField() {
            asUser().contentType("application/json")
                    .body("{\"name\":\"a\",\"tags\":{\"x\":1}}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("tags"));
        }

        @Test
        void aHugeNumberIs400() {
            asUser().contentType("application/json")
                    .body("{\"name\":\"a\",\"at\":" + "9".repeat(5000) + "}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }

        @Test
        void beanValidationNamesTheField() {
            asUser().contentType("application/json")
                    .body("{\"name\":\" \",\"code\":\"bad code\"}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("name"))
                    .body("errors.field", hasItem("code"));
        }

        @Test
        void aWrongContentTypeIs415() {
            asUser().contentType("text/plain")
                    .body("hello")
                    .post("/api/test/items")
                    .then()
                    .statusCode(415)
                    .contentType(PROBLEM);
        }
    }

    @Nested
    class HttpLayer {

        @Test
        void anUnreadableAcceptIs406() {
            asUser().header("Accept", "this is not;;a media type")
                    .get("/api/test/items")
                    .then()
                    .statusCode(406)
                    .contentType(PROBLEM);
        }

        @Test
        void anEmptyAcceptMeansAnything() {
            asUser().header("Accept", "").get("/api/test/items").then().statusCode(200);
        }

        @Test
        void anOverlongUriIs414WithAProblem() {
            asUser().get("/api/test/items?q=" + "a".repeat(10_000))
                    .then()
                    .statusCode(414)
                    .contentType(PROBLEM)
                    .body("type", equalTo(BASE + "uri-too-long"));
        }

        @Test
        void overlargeHeadersAre431WithAProblem() {
            asUser().header("X-Filler", "a".repeat(20_000))
                    .get("/api/test/items")
                    .then()
                    .statusCode(431)
                    .contentType(PROBLEM);
        }

        @Test
        void aBodyAnnouncedTooLargeIs413() {
            asUser().contentType("application/json")
                    .body("{\"name\":\"" + "a".repeat(70_000) + "\"}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(413)
                    .contentType(PROBLEM);
        }

        @Test
        void aChunkedBodyTooLargeIsAnsweredWith413() throws Exception {
            // 200 KB in chunks of 8 KB, no Content-Length: the limit (64 KB) is found while reading
            StringBuilder request = new StringBuilder("POST /api/test/items HTTP/1.1\r\nHost: x\r\n")
                    .append("Authorization: Bearer ")
                    .append(Tokens.department("gz.zwfwzx", "dept-user"))
                    .append("\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "a".repeat(8192);
            for (int i = 0; i < 25; i++) {
                request.append(Integer.toHexString(chunk.length()))
                        .append("\r\n")
                        .append(chunk)
                        .append("\r\n");
            }
            request.append("0\r\n\r\n");
            String answer = raw(request.toString());
            assertThat(answer).startsWith("HTTP/1.1 413").contains(PROBLEM).contains(BASE + "payload-too-large");
        }

        @Test
        void aChunkedBodyWithinTheLimitReachesTheResource() throws Exception {
            String body = "{\"name\":\"分块\",\"code\":\"gz.chunked\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String request = "POST /api/test/items HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer "
                    + Tokens.department("gz.zwfwzx", "dept-user")
                    + "\r\nContent-Type: application/json; charset=UTF-8\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(bytes.length) + "\r\n" + new String(bytes, StandardCharsets.ISO_8859_1)
                    + "\r\n0\r\n\r\n";
            assertThat(raw(request))
                    .startsWith("HTTP/1.1 201")
                    .contains("gz.chunked")
                    .contains("分块");
        }

        @Test
        void aRefusedOriginIs403WithAProblem() {
            asUser().header("Origin", "https://evil.example.com")
                    .get("/api/test/items")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("detail", containsString("evil.example.com"));
        }

        @Test
        void anAllowedOriginGetsCorsHeaders() {
            asUser().header("Origin", "https://portal.example.gov")
                    .get("/api/test/items")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", "https://portal.example.gov");
        }

        @Test
        void anUnknownPathIs404WithAProblem() {
            asUser().get("/api/test/nothing-here").then().statusCode(404).contentType(PROBLEM);
        }

        @Test
        void aWrongMethodIs405WithAProblem() {
            asUser().delete("/api/test/items").then().statusCode(405).contentType(PROBLEM);
        }

        @Test
        void aNulInAHeaderIsRefusedByTheHttpLayer() throws Exception {
            // Netty refuses the request before any handler runs: documented in docs/api.md as the one case without a
            // body
            try (Socket socket = new Socket(root.getHost(), root.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/test/open HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
                assertThat(status).isIn("HTTP/1.1 400", "");
            }
        }
    }

    @Nested
    class Failures {

        @Test
        void aBugIsA500WithoutItsStackTrace() {
            asUser().get("/api/test/boom")
                    .then()
                    .statusCode(500)
                    .contentType(PROBLEM)
                    .body("type", equalTo(BASE + "internal"))
                    .body(org.hamcrest.Matchers.not(containsString("secret")));
        }

        @Test
        void aConcurrentChangeIs409WithTheCurrentVersion() {
            asUser().post("/api/test/race")
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("type", equalTo(BASE + "concurrent-modification"))
                    .body("currentVersion", equalTo(3));
        }
    }

    @Nested
    class Languages {

        @Test
        void chineseIsAnsweredInChinese() {
            asUser().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                    .get("/api/test/items?month=2023-13")
                    .then()
                    .statusCode(400)
                    .header("Content-Language", "zh")
                    .body("title", equalTo("输入无效"))
                    .body("errors[0].message", equalTo("必须是 YYYY-MM 格式的月份"));
        }

        @Test
        void beanValidationFollowsTheLanguage() {
            asUser().header("Accept-Language", "zh")
                    .contentType("application/json")
                    .body("{\"name\":\"\",\"code\":\"bad code\"}")
                    .post("/api/test/items")
                    .then()
                    .statusCode(400)
                    .body("title", equalTo("输入无效"))
                    .body("errors.find { it.field == 'code' }.message", containsString("字母"));
        }

        @Test
        void anythingElseIsEnglish() {
            asUser().header("Accept-Language", "fr-FR")
                    .get("/api/test/items?month=2023-13")
                    .then()
                    .body("title", equalTo("Invalid input"));
        }
    }

    @Nested
    class Headers {

        @Test
        void apiAnswersAreNotCachedNorSniffed() {
            asUser().get("/api/test/items")
                    .then()
                    .statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("default-src 'none'"));
        }

        @Test
        void problemsCarryTheHeadersToo() {
            given().get("/api/test/items").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
        }

        @Test
        void htmlAllowsNoScriptAndTheConfiguredFrameAncestors() {
            String policy = asUser().get("/api/test/report")
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("Content-Security-Policy");
            assertThat(policy).contains("default-src 'none'").doesNotContain("script-src");
            assertThat(policy).contains("frame-ancestors https://portal.example.gov");
        }
    }
}
