package io.govshare.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> documents(String... jsons) throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (int i = 0; i < OpenApiMerge.SERVICES.size(); i++) {
            documents.put(OpenApiMerge.SERVICES.get(i), JSON.readTree(i < jsons.length ? jsons[i] : "{}"));
        }
        return documents;
    }

    @Test
    void identicalSchemasAreKeptOnceAndOperationsNameTheirService() throws Exception {
        String problem = "\"Problem\":{\"type\":\"object\"}";
        JsonNode merged = OpenApiMerge.merge(documents(
                "{\"paths\":{\"/a\":{\"get\":{\"operationId\":\"getA\"}}},\"components\":{\"schemas\":{" + problem
                        + "}}}",
                "{\"paths\":{\"/b\":{\"get\":{\"operationId\":\"getB\"}}},\"components\":{\"schemas\":{" + problem
                        + "}}}"));
        assertThat(merged.path("paths")
                        .path("/b")
                        .path("get")
                        .path("x-govshare-service")
                        .asText())
                .isEqualTo("request-service");
        assertThat(merged.path("components").path("schemas").size()).isEqualTo(1);
    }

    @Test
    void twoShapesUnderOneNameCannotBeMerged() {
        assertThatThrownBy(() -> OpenApiMerge.merge(documents(
                        "{\"components\":{\"schemas\":{\"View\":{\"type\":\"object\"}}}}",
                        "{\"components\":{\"schemas\":{\"View\":{\"type\":\"string\"}}}}")))
                .hasMessageContaining("schema View differs");
    }

    @Test
    void theRulesFindWhatGeneratorsStumbleOn() throws Exception {
        JsonNode document = JSON.readTree("""
                {"paths":{"/x":{"get":{"parameters":[{"name":"month","schema":{"type":"object"}}],
                 "responses":{"200":{},"404":{"description":"no"}}}}}}
                """);
        assertThat(ContractRules.breaches(document))
                .containsExactlyInAnyOrder(
                        "GET /x: no operationId",
                        "GET /x: parameter month is not a string",
                        "GET /x: answer 200 has no typed body",
                        "GET /x: error 404 is not a Problem");
    }
}
