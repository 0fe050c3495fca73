package io.govshare.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of October 2023 that scripts/up built from the demo, read from report-service: its JSON figures, its
 * Markdown text, and its PDF and DOCX (which must open), against REFERENCE-2023-10.md figure for figure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoReportIT {

    private static final String PATH = "/api/v1/reports/2023-10";

    private JsonPath report;

    @BeforeAll
    void readReport() {
        this.report = Api.report(Caller.EDITOR)
                .queryParam("format", "json")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everyCheckPasses() {
        List<Map<String, Object>> checks = this.report.getList("checks");
        assertThat(checks).isNotEmpty();
        assertThat(checks)
                .allSatisfy(check -> assertThat(check.get("ok")).as("%s", check).isEqualTo(true));
    }

    @Test
    void requestFigures() {
        for (String figure :
                List.of("submitted", "withdrawn", "decided", "pending", "unconditional", "signed", "rejected")) {
            assertThat(this.report.getLong("figures.requests." + figure))
                    .as(figure)
                    .isEqualTo(Reference.requests(figure));
        }
    }

    @Test
    void exchangeFigures() {
        long total = this.report.getLong("figures.exchange.summary.total");
        assertThat(Reference.wan(total)).isEqualTo(Reference.exchangeWan("total"));
        assertThat(Reference.wan(this.report.getLong("figures.exchange.summary.provided.PROVINCIAL")))
                .isEqualTo(Reference.exchangeWan("provincialProvided"));
        assertThat(Reference.wan(this.report.getLong("figures.exchange.summary.used.PROVINCIAL")))
                .isEqualTo(Reference.exchangeWan("provincialUsed"));
        assertThat(ranked("figures.exchange.topProviders"))
                .containsExactlyElementsOf(Reference.entries("topProviders"));
        assertThat(ranked("figures.exchange.topConsumers"))
                .containsExactlyElementsOf(Reference.entries("topConsumers"));
        assertThat(calls("figures.exchange.regionsProvided"))
                .containsExactlyElementsOf(Reference.entries("regionsProvided"));
        assertThat(calls("figures.exchange.regionsUsed")).containsExactlyElementsOf(Reference.entries("regionsUsed"));
        long citiesProvided = Reference.entries("regionsProvided").stream()
                .mapToLong(e -> Long.parseLong(e.value()))
                .sum();
        long citiesUsed = Reference.entries("regionsUsed").stream()
                .mapToLong(e -> Long.parseLong(e.value()))
                .sum();
        assertThat(Reference.wan(citiesProvided)).isEqualTo(Reference.exchangeWan("prefectureProvided"));
        assertThat(Reference.wan(citiesUsed)).isEqualTo(Reference.exchangeWan("prefectureUsed"));
    }

    @Test
    void nationalTimelinessAndLedgerFigures() {
        var national = Reference.json().path("nationalApplications");
        assertThat(this.report.getLong("figures.national.applications.total"))
                .isEqualTo(national.path("total").asLong());
        assertThat(this.report.getList("figures.national.applications.organizations"))
                .hasSize(national.path("organizations").asInt());
        List<Map<String, Object>> items = this.report.getList("figures.national.recommendations.items");
        assertThat(items.stream()
                        .map(i -> new Reference.Entry((String) i.get("resourceName"), (String) i.get("ministry"))))
                .containsExactlyElementsOf(Reference.entries("recommendations"));
        List<String> timeliness = this.report.getList("figures.timeliness.providerName");
        assertThat(timeliness.subList(0, 3)).containsExactlyElementsOf(Reference.names("timelinessTop3"));
        assertThat(this.report.getList("figures.ledger.completed", String.class))
                .containsExactlyElementsOf(Reference.names("ledger", "completed"));
        assertThat(this.report.getList("figures.ledger.inProgress", String.class))
                .containsExactlyElementsOf(Reference.names("ledger", "inProgress"));
        assertThat(this.report.getList("figures.ledger.scheduled", String.class))
                .containsExactlyElementsOf(Reference.names("ledger", "scheduled"));
    }

    @Test
    void markdownSaysWhatTheReferenceSays() {
        String md = ReportText.normalize(Api.report(Caller.EDITOR)
                .queryParam("format", "md")
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        ReportText.assertSaysTheReference(md);
    }

    @Test
    void pdfOpensAndCarriesTheFigures() throws IOException {
        byte[] pdf = download("pdf", "application/pdf");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = ReportText.normalize(new PDFTextStripper().getText(document));
            assertThat(text).contains("3269.69", "2470.78", "2648.64", "180.56", "621.05", "省政务服务中心", "1154.11");
        }
    }

    @Test
    void docxOpensAndCarriesTheFigures() throws IOException {
        byte[] docx = download("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            String text = ReportText.normalize(extractor.getText());
            assertThat(text).contains("3269.69", "2470.78", "2648.64", "180.56", "621.05", "省政务服务中心", "1154.11");
            assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void htmlIsAPage() {
        String html = Api.report(Caller.EDITOR)
                .queryParam("format", "html")
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .extract()
                .asString();
        assertThat(html).contains("<table", "3269.69", "贵阳市");
    }

    private byte[] download(String format, String contentType) {
        return Api.report(Caller.EDITOR)
                .queryParam("format", format)
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith(contentType))
                .extract()
                .asByteArray();
    }

    private List<Reference.Entry> ranked(String path) {
        List<Map<String, Object>> rows = this.report.getList(path);
        return rows.stream()
                .map(row -> new Reference.Entry(Rows.name(row), Reference.wan(Rows.calls(row))))
                .toList();
    }

    private List<Reference.Entry> calls(String path) {
        List<Map<String, Object>> rows = this.report.getList(path);
        return rows.stream()
                .map(row -> new Reference.Entry(Rows.name(row), String.valueOf(Rows.calls(row))))
                .toList();
    }
}
