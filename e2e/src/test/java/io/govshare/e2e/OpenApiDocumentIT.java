package io.govshare.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.govshare.openapi.ContractRules;
import io.govshare.openapi.OpenApiMerge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's one document cannot go stale (docs/api.md): the committed docs/api/govshare-openapi.json is the merge
 * of the four documents the running services serve, and the console serves exactly that file at one URL.
 */
class OpenApiDocumentIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedDocumentIsTheMergeOfTheLiveDocuments() throws IOException {
        Map<String, JsonNode> live = new LinkedHashMap<>();
        for (String service : OpenApiMerge.SERVICES) {
            String body = given().accept("application/json")
                    .get(Stack.url(service) + "/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            live.put(service, JSON.readTree(body));
        }
        String merged = OpenApiMerge.write(OpenApiMerge.merge(live));
        String committed = Files.readString(Stack.root().resolve("docs/api/govshare-openapi.json"));
        assertThat(merged)
                .as("docs/api/govshare-openapi.json must be the merge of the live documents: run scripts/openapi")
                .isEqualTo(committed);
        assertThat(ContractRules.breaches(JSON.readTree(merged))).isEmpty();
    }

    @Test
    void theConsoleServesTheCommittedDocument() throws IOException {
        String served = given().get(Browser.CONSOLE + "/openapi/govshare-openapi.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        assertThat(JSON.readTree(served))
                .isEqualTo(JSON.readTree(Files.readString(Stack.root().resolve("docs/api/govshare-openapi.json"))));
    }
}
