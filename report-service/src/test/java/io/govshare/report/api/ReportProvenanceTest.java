package io.govshare.report.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.report.StubServices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provenance (docs/report.md): every figure group of a version names the service and the exact request that gave it,
 * and that request, sent again, gives the same figure; the edition option {@code data-notes} prints them in the
 * appendix 附：数据说明.
 */
@QuarkusTest
@TestProfile(ReportProvenanceTest.WithNotes.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportProvenanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GROUPS = List.of(
            "requests",
            "exchange.summary",
            "exchange.topProviders",
            "exchange.topConsumers",
            "exchange.regionsProvided",
            "exchange.regionsUsed",
            "national.applications",
            "national.recommendations",
            "timeliness",
            "ledger",
            "previousMonth");

    /** An edition with the appendix and 环比 (which makes the month before a figure group). */
    public static class WithNotes implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("report.edition.options", "data-notes,month-on-month");
        }
    }

    @Test
    void provenance_coversEveryFigureGroup_andEachRequestGivesTheFigureAgain() throws Exception {
        YearMonth month = aBuiltMonthAfterAPublishedOne();
        JsonNode version = JSON.readTree(given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> figures = new ArrayList<>();
        for (JsonNode source : version.path("provenance")) {
            figures.add(source.path("figure").asText());
            assertThat(source.path("fetchedAt").asText()).isNotBlank();
            String request = source.path("request").asText();
            boolean before = source.path("figure").asText().equals("previousMonth");
            assertThat(request).startsWith("GET /api/v1/").contains((before ? month.minusMonths(1) : month).toString());
            JsonNode figure = at(version.path("figures"), source.path("figure").asText());
            if (source.path("service").asText().equals("report-service")) {
                JsonNode previous = JSON.readTree(given().auth()
                        .oauth2(Tokens.editor())
                        .get(request.substring("GET ".length()))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
                assertThat(figure.path("requests"))
                        .isEqualTo(previous.path("figures").path("requests"));
                assertThat(figure.path("exchange"))
                        .isEqualTo(previous.path("figures").path("exchange").path("summary"));
            } else {
                assertThat(source.path("service").asText())
                        .isIn("catalog-service", "request-service", "exchange-stats-service");
                assertReproduces(source.path("figure").asText(), figure, askTheStubs(request));
            }
        }
        assertThat(figures).containsExactlyElementsOf(GROUPS);
    }

    @Test
    void theAppendix_listsEverySourceInEveryFormat() throws IOException {
        YearMonth month = aBuiltMonthAfterAPublishedOne();
        String markdown = ReportFixtures.markdown(month);
        assertThat(markdown).contains("## 附：数据说明");
        assertThat(markdown.substring(markdown.indexOf("## 附：数据说明")))
                .contains("数据调度情况：当月提交的全部数据共享申请")
                .contains("来源：request-service，GET /api/v1/share-requests/stats?month=" + month)
                .contains("来源：report-service，GET /api/v1/reports/" + month.minusMonths(1) + "?version=1");
        try (PDDocument pdf = Loader.loadPDF(ReportFixtures.download(month, "pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("附：数据说明")
                    .contains("GET/api/v1/exchange-stats/rankings?month=" + month
                            + "&side=PROVIDER&level=PROVINCIAL&limit=10");
        }
    }

    private static YearMonth aBuiltMonthAfterAPublishedOne() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        YearMonth before = month.minusMonths(1);
        StubServices.serveSeed(before);
        ReportFixtures.build(before).statusCode(201);
        ReportFixtures.publish(before, null).statusCode(200);
        ReportFixtures.build(month).statusCode(201);
        return month;
    }

    /** What the stubbed service answers to the request, with a token as report-service sends one. */
    private static JsonNode askTheStubs(String request) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(StubServices.server().baseUrl() + request.substring(4)))
                                .header("Authorization", "Bearer " + Tokens.service("report-service"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(request).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** The figure as the service's answer gives it: the same values, rows read as the report reads them. */
    private static void assertReproduces(String group, JsonNode figure, JsonNode answer) {
        JsonNode expected = answer;
        if (group.startsWith("exchange.top") || group.startsWith("exchange.regions")) {
            ArrayNode rows = JSON.createArrayNode();
            for (JsonNode row : answer) {
                ObjectNode read = rows.addObject();
                read.set("rank", row.path("rank"));
                read.set("code", row.has("orgCode") ? row.path("orgCode") : row.path("regionCode"));
                read.set("name", row.has("orgName") ? row.path("orgName") : row.path("regionName"));
                read.set("calls", row.path("calls"));
            }
            expected = rows;
        } else if (group.equals("ledger")) {
            ObjectNode lists = JSON.createObjectNode();
            lists.set("asOf", figure.path("asOf"));
            for (String[] status : new String[][] {
                {"completed", "COMPLETED"}, {"inProgress", "IN_PROGRESS"}, {"scheduled", "SCHEDULED"}
            }) {
                ArrayNode names = lists.putArray(status[0]);
                for (JsonNode unit : answer) {
                    if (unit.path("status").asText().equals(status[1])) {
                        String shortName = unit.path("orgShortName").asText("");
                        names.add(shortName.isBlank() ? unit.path("orgName").asText() : shortName);
                    }
                }
            }
            expected = lists;
        }
        assertThat(figure).as(group).isNotEmpty();
        assertSubset(group, figure, expected);
    }

    /** Every member of the figure has the answer's value (an answer may carry members the report does not keep). */
    private static void assertSubset(String path, JsonNode figure, JsonNode answer) {
        if (figure.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = figure.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                assertSubset(path + "." + member.getKey(), member.getValue(), answer.path(member.getKey()));
            }
        } else if (figure.isArray()) {
            assertThat(answer.size()).as(path).isEqualTo(figure.size());
            for (int i = 0; i < figure.size(); i++) {
                assertSubset(path + "[" + i + "]", figure.get(i), answer.get(i));
            }
        } else if (figure.isNumber()) {
            assertThat(answer.decimalValue()).as(path).isEqualByComparingTo(figure.decimalValue());
        } else {
            assertThat(answer.asText()).as(path).isEqualTo(figure.asText());
        }
    }

    private static JsonNode at(JsonNode figures, String path) {
        JsonNode node = figures;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }
}
