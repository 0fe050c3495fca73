package io.govshare.request.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogWireMock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/**
 * The demo data of October 2023 ({@code demo/2023-10/requests.json}), loaded through the import API the way
 * {@code scripts/load-demo} does (batches of 200), against the demo catalog, gives the figures of the October 2023
 * report (seed/REFERENCE-2023-10.md). No other test writes requests of 2023.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTest {

    static final Path REQUESTS = Path.of("..", "demo", "2023-10", "requests.json");
    static final int BATCH = 200;

    private static List<String> batches() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode items = json.readTree(Files.readString(REQUESTS));
        List<String> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            List<JsonNode> batch = new ArrayList<>();
            for (int i = from; i < Math.min(items.size(), from + BATCH); i++) {
                batch.add(items.get(i));
            }
            batches.add(json.writeValueAsString(batch));
        }
        return batches;
    }

    private static ValidatableResponse report(String path, String param, String month) {
        return given().auth()
                .oauth2(Tokens.user("editor").roles("report-editor").get())
                .queryParam(param, month)
                .get(path)
                .then()
                .statusCode(200);
    }

    @Test
    @Order(1)
    void theDemoMonth_importsWithoutError() throws IOException {
        int imported = 0;
        for (String batch : batches()) {
            imported += ImportItems.post(batch)
                    .statusCode(200)
                    .body("errors", emptyIterable())
                    .body("unchanged", equalTo(0))
                    .extract()
                    .<Integer>path("imported");
        }
        assertThat(imported)
                .isEqualTo(
                        new ObjectMapper().readTree(Files.readString(REQUESTS)).size());
    }

    @Test
    @Order(2)
    void october2023_givesTheFiguresOfTheReport() {
        report("/api/v1/share-requests/stats", "month", "2023-10")
                .body("submitted", equalTo(280))
                .body("withdrawn", equalTo(7))
                .body("decided", equalTo(241))
                .body("pending", equalTo(15))
                .body("unconditional", equalTo(17))
                .body("signed", equalTo(121))
                .body("rejected", equalTo(120))
                .body("rejectedByNode.ACCEPT", equalTo(58))
                .body("rejectedByNode.REVIEW", equalTo(41))
                .body("rejectedByNode.SIGN", equalTo(21));
    }

    @Test
    @Order(3)
    void october2023_hasTheMostTimelyProvidersOfTheReport() {
        report("/api/v1/share-requests/timeliness", "month", "2023-10")
                .body("providerOrg[0..2]", contains("gz.scjgj", "gz.zwfwzx", "gz.mzt"))
                .body("providerName[0..2]", contains("省市场监管局", "省政务服务中心", "省民政厅"))
                .body("rank[0..2]", contains(1, 2, 3))
                .body("meanResponseHours[0]", lessThan(2.0f));
    }

    @Test
    @Order(4)
    void nationalApplicationsUpToOctober2023_areThoseOfTheReport() {
        ValidatableResponse national = report("/api/v1/national-applications", "until", "2023-10")
                .body("total", equalTo(196))
                .body("organizationCount", equalTo(6))
                .body(
                        "organizations[0..4].orgCode",
                        contains("gz.zwfwzx", "gz.dsjj", "qxn.dsjfwzx", "bj.rsj", "gz.gzw"))
                .body("organizations[0..4].orgName", contains("省政务服务中心", "省大数据局", "黔西南州大数据服务中心", "毕节市人社局", "省国资委"));
        int fifth = national.extract().path("organizations[4].count");
        int sixth = national.extract().path("organizations[5].count");
        assertThat(sixth).isLessThan(fifth);
    }

    @Test
    @Order(5)
    void monthsAroundOctober_keepTheIdentity() {
        for (String month : List.of("2023-09", "2023-10", "2023-11")) {
            ValidatableResponse stats = report("/api/v1/share-requests/stats", "month", month);
            int submitted = stats.extract().path("submitted");
            int sum = stats.extract().<Integer>path("decided")
                    + stats.extract().<Integer>path("pending")
                    + stats.extract().<Integer>path("unconditional")
                    + stats.extract().<Integer>path("withdrawn");
            assertThat(sum).as(month).isEqualTo(submitted);
        }
    }

    @Test
    @Order(6)
    void importingTheDemoMonthAgain_changesNothing() throws IOException {
        for (String batch : batches()) {
            ImportItems.post(batch).statusCode(200).body("imported", equalTo(0)).body("errors", emptyIterable());
        }
        report("/api/v1/share-requests/stats", "month", "2023-10").body("submitted", equalTo(280));
        report("/api/v1/national-applications", "until", "2023-10").body("total", equalTo(196));
    }
}
