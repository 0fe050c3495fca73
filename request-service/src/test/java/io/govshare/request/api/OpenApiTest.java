package io.govshare.request.api;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogWireMock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
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
    @SuppressWarnings("unchecked")
    void everyOperation_hasAUniqueOperationId_aTypedSuccess_andEnglishAndChineseSummaries() {
        Map<String, Object> document = document();
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                Map<String, Object> op = operation.getValue();
                operations++;
                assertThat((String) op.get("operationId"))
                        .as(name + " operationId")
                        .matches("[a-z][A-Za-z]+");
                assertThat(operationIds.add((String) op.get("operationId")))
                        .as(name + " unique")
                        .isTrue();
                assertThat((String) op.get("summary"))
                        .as(name + " summary")
                        .matches(".*[A-Za-z].*\\(.*[\\u4e00-\\u9fff].*\\).*");
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                var success = responses.entrySet().stream()
                        .filter(r -> r.getKey().startsWith("2"))
                        .toList();
                assertThat(success).as(name + " success answers").hasSize(1);
                Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>)
                        success.get(0).getValue().get("content");
                assertThat(content).as(name + " success body").containsKey("application/json");
                assertThat(content.get("application/json"))
                        .as(name + " success schema")
                        .containsKey("schema");
            }
        }
        assertThat(operations).isEqualTo(13);
    }

    @Test
    @SuppressWarnings("unchecked")
    void monthsAndUntil_areStrings_neverObjects() {
        Map<String, Object> document = document();
        Map<String, Object> schemas =
                (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        int months = 0;
        for (var path : paths.values()) {
            for (var operation : path.values()) {
                for (Map<String, Object> parameter :
                        (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                    if (List.of("month", "until").contains(parameter.get("name"))) {
                        months++;
                        Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                        if (schema.containsKey("$ref")) {
                            String ref = (String) schema.get("$ref");
                            schema = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                        }
                        assertThat(schema.get("type"))
                                .as(parameter.get("name") + "")
                                .isEqualTo("string");
                        assertThat((String) schema.get("pattern")).isNotBlank();
                    }
                }
            }
        }
        assertThat(months).isEqualTo(4);
    }

    @Test
    void theSchemas_nameTheirRequiredMembers_andTheStatisticsAnswerOneSchema() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .body(
                        "components.schemas.ShareRequest.required",
                        hasItems("id", "status", "deadline", "overdue", "availableActions", "history"))
                .body(
                        "components.schemas.ShareRequestSummary.required",
                        hasItems("deadline", "overdue", "availableActions"))
                .body("components.schemas.ShareRequestPage.required", hasItems("items", "page", "size", "total"))
                .body(
                        "components.schemas.RequestStatistics.required",
                        hasItems("month", "org", "submitted", "rejectedByNode", "asApplicant", "asProvider"))
                // one schema, not a oneOf of overlapping shapes that a generated client cannot tell apart
                .body(
                        "paths.'/api/v1/share-requests/stats'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/RequestStatistics"))
                .body("components.schemas", not(hasKey("OrganizationRequestStatistics")))
                .body(
                        "paths.'/api/v1/share-requests/{id}/accept'.post.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ShareRequest"))
                .body(
                        "paths.'/api/v1/share-requests'.get.parameters.find { it.name == 'status' }.explode",
                        equalTo(false));
    }

    @Test
    void eachOperation_listsOnlyTheErrorsItCanAnswer() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .body("paths.'/api/v1/share-requests/{id}'.get.responses", not(hasKey("409")))
                .body("paths.'/api/v1/share-requests/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/share-requests'.get.responses", not(hasKey("404")))
                .body("paths.'/api/v1/share-requests'.get.responses", not(hasKey("503")))
                .body("paths.'/api/v1/share-requests'.post.responses", hasKey("503"))
                .body("paths.'/api/v1/share-requests/{id}/accept'.post.responses", not(hasKey("422")))
                .body("paths.'/api/v1/share-requests/{id}/resubmit'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/share-requests/stats'.get.responses", not(hasKey("503")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() {
        return given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
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
