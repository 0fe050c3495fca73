package io.govshare.exchange.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.govshare.exchange.CatalogWireMock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract as a document (issue 12): every operation has its operationId, a typed 2xx body, only the errors it
 * can answer, months as strings, and the answers' members are marked required.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class OpenApiContractTest {

    private static JsonPath document() {
        return given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everyOperationHasItsIdATypedSuccessAndOnlyItsErrors() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Map<String, String> ids = new java.util.TreeMap<>();
        Map<String, List<String>> codes = new java.util.TreeMap<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String id = (String) operation.get("operationId");
            ids.put(method.toUpperCase() + " " + path, id);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            codes.put(id, new ArrayList<>(new java.util.TreeSet<>(responses.keySet())));
            Map<String, Object> success = responses.get("200");
            assertThat(success).as("%s has a 200", id).isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) success.get("content");
            assertThat(content.get("application/json").get("schema"))
                    .as("%s has a typed 200", id)
                    .isNotNull();
            assertThat((String) operation.get("summary"))
                    .as("%s summary in Chinese too", id)
                    .matches(".*\\(.*[\\u4e00-\\u9fff].*\\).*");
        }));
        assertThat(ids)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "POST /api/v1/exchange-records", "postExchangeRecords",
                        "GET /api/v1/exchange-stats/summary", "getExchangeSummary",
                        "GET /api/v1/exchange-stats/rankings", "getExchangeRankings",
                        "GET /api/v1/exchange-stats/regions", "getExchangeRegions",
                        "GET /api/v1/exchange-stats/organizations/{code}", "getOrganizationExchangeFigures"));
        assertThat(codes.get("postExchangeRecords"))
                .containsExactly("200", "400", "401", "403", "413", "415", "429", "502", "503");
        assertThat(codes.get("getExchangeSummary")).containsExactly("200", "400", "401", "403", "502", "503");
        assertThat(codes.get("getOrganizationExchangeFigures"))
                .containsExactly("200", "400", "401", "403", "404", "502", "503");
    }

    @Test
    void monthsAreStringsAndAnswersDeclareTheirRequiredMembers() {
        JsonPath doc = document();
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (String path : List.of("summary", "rankings", "regions", "organizations/{code}")) {
            parameters.addAll(doc.getList("paths.'/api/v1/exchange-stats/" + path + "'.get.parameters"));
        }
        List<Map<String, Object>> months =
                parameters.stream().filter(p -> "month".equals(p.get("name"))).toList();
        assertThat(months).hasSize(4);
        for (Map<String, Object> month : months) {
            @SuppressWarnings("unchecked")
            Map<String, Object> schema = (Map<String, Object>) month.get("schema");
            String ref = (String) schema.get("$ref");
            Map<String, Object> resolved =
                    ref == null ? schema : doc.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(resolved.get("type")).isEqualTo("string");
            assertThat(resolved).doesNotContainKey("properties");
        }
        assertThat(doc.getList("components.schemas.ExchangeSummary.required", String.class))
                .containsExactlyInAnyOrder("month", "total", "provided", "used");
        assertThat(doc.getList("components.schemas.ExchangeCallsByLevel.required", String.class))
                .containsExactlyInAnyOrder("NATIONAL", "PROVINCIAL", "PREFECTURE", "COUNTY");
        assertThat(doc.getList("components.schemas.ExchangeOrganizationFigures.required", String.class))
                .contains("orgCode", "byCounterpart", "byResource", "byDay");
        // every member of an answer is written, null included (docs/api.md); a resource-less row says null
        assertThat(doc.getList("components.schemas.ExchangeResourceCalls.required", String.class))
                .containsExactlyInAnyOrder("resourceCode", "provided", "used");
        assertThat(doc.getList("components.schemas.ExchangeResourceCalls.properties.resourceCode.type", String.class))
                .containsExactlyInAnyOrder("string", "null");
        assertThat(doc.getString("components.schemas.ExchangeOrganizationRank.properties.orgName.examples[0]"))
                .isEqualTo("省政务服务中心");
        assertThat(doc.getString("paths.'/api/v1/exchange-records'.post.requestBody.content.'text/csv'.examples"))
                .contains("gw-202310-000001");
        assertThat(
                        doc.getString(
                                "paths.'/api/v1/exchange-records'.post.requestBody.content.'application/x-ndjson'.schema.description"))
                .contains("{\"id\":\"gw-202310-000001\"")
                .contains("\n{\"id\":\"gw-202310-000004\"");
    }
}
