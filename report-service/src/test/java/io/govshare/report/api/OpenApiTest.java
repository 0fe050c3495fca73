package io.govshare.report.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.report.StubServices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
    void everyOperation_hasAnOperationId_aTypedAnswer_stringMonths_andOnlyProblemErrors() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        Map<String, String> ids = new TreeMap<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    String where = operation.getKey() + " " + path.getKey();
                    JsonNode op = operation.getValue();
                    assertThat(op.path("operationId").asText()).as(where).matches("[a-z][A-Za-z]+");
                    ids.put(op.path("operationId").asText(), where);
                    assertThat(op.path("summary").asText()).as(where).matches("[A-Z].*[\\u4e00-\\u9fff].*");
                    op.path("parameters").forEach(parameter -> {
                        if (parameter.path("name").asText().equals("month")) {
                            assertThat(resolve(document, parameter.path("schema"))
                                            .path("type")
                                            .asText())
                                    .as(where)
                                    .isEqualTo("string");
                        }
                    });
                    List<String> codes = new ArrayList<>();
                    op.path("responses").fieldNames().forEachRemaining(codes::add);
                    assertThat(codes).as(where + ": a success answer").anyMatch(code -> code.startsWith("2"));
                    op.path("responses").fields().forEachRemaining(response -> {
                        JsonNode content = response.getValue().path("content");
                        if (response.getKey().startsWith("2")) {
                            assertThat(content.size())
                                    .as(where + " " + response.getKey())
                                    .isPositive();
                            content.forEach(media ->
                                    assertThat(media.has("schema")).as(where).isTrue());
                        } else {
                            assertThat(content.path("application/problem+json")
                                            .path("schema")
                                            .path("$ref")
                                            .asText())
                                    .as(where + " " + response.getKey())
                                    .isEqualTo("#/components/schemas/Problem");
                        }
                    });
                }));
        assertThat(ids.keySet())
                .containsExactly(
                        "buildReport",
                        "getReport",
                        "getReportContent",
                        "listReports",
                        "publishReport",
                        "putReportContent",
                        "verifyReport");
        JsonNode get = document.path("paths").path("/api/v1/reports/{month}").path("get");
        assertThat(get.path("responses")
                        .path("200")
                        .path("content")
                        .path("application/pdf")
                        .path("schema")
                        .path("format")
                        .asText())
                .isEqualTo("binary");
        assertThat(get.path("responses")
                        .path("200")
                        .path("content")
                        .path("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                        .path("schema")
                        .path("format")
                        .asText())
                .isEqualTo("binary");
        assertThat(get.path("responses").has("409")).isFalse();
        assertThat(get.path("responses").has("502")).isFalse();
        JsonNode build =
                document.path("paths").path("/api/v1/reports/{month}/build").path("post");
        assertThat(build.path("responses")
                        .path("201")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .endsWith("/ReportView");
        JsonNode view = document.path("components").path("schemas").path("ReportView");
        assertThat(view.path("required").toString()).contains("\"figures\"", "\"provenance\"", "\"checks\"");
        assertThat(document.path("components")
                        .path("examples")
                        .path("ReportVersion2023-10")
                        .path("value")
                        .path("month")
                        .asText())
                .isEqualTo("2023-10");
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty()
                ? schema
                : document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    @Test
    void readiness_reportsTheFonts() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("report-fonts"));
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJson() {
        byte[] body = new byte[1048577];
        java.util.Arrays.fill(body, (byte) ' ');
        given().auth()
                .oauth2(Tokens.admin())
                .contentType("application/json")
                .body(body)
                .put("/api/v1/reports/2023-10/content")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://govshare.io/problems/payload-too-large"));
    }
}
