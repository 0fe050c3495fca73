package io.govshare.report.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.govshare.report.StubServices;
import io.govshare.report.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of October 2023 rendered from the seed's figures (the other services stubbed with them) must be the
 * report of the seed: the Markdown equals the text written by hand from the seed, and every sentence, figure and
 * table row is in the PDF and the DOCX.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportFidelityTest {

    private static final YearMonth OCTOBER = YearMonth.of(2023, 10);

    private static boolean built;

    private String expected;

    @BeforeEach
    void buildOctoberOnce() throws IOException {
        this.expected = Files.readString(Path.of("src/test/resources/expected/report-2023-10.md"));
        if (built) {
            return;
        }
        built = true;
        StubServices.serveSeed(OCTOBER);
        given().auth()
                .oauth2(Tokens.editor())
                .contentType(ContentType.JSON)
                .body(Files.readString(Path.of("../demo/2023-10/report-content.json")))
                .put("/api/v1/reports/2023-10/content")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.editor())
                .post("/api/v1/reports/2023-10/build")
                .then()
                .statusCode(201);
    }

    @Test
    void markdown_isTheSeedReport() {
        String markdown = download("md");
        assertThat(markdown).isEqualTo(this.expected);
    }

    @Test
    void pdf_containsEverySentenceFigureAndTableRow_withEmbeddedSubsetFonts() throws IOException {
        byte[] pdf = downloadBytes("pdf");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/report-2023-10.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = normalize(stripper.getText(doc)).replaceAll("—\\d+—", "");
            for (String line : expectedLines()) {
                assertThat(text).as("PDF text").contains(line);
            }
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                // a subset font's name has a six-letter tag: ABCDEF+NotoSerifSC-Regular
                assertThat(font.getName()).matches("[A-Z]{6}\\+Noto(Serif|Sans)SC-.*");
            }
            assertThat(doc.getNumberOfPages()).isBetween(3, 8);
        }
    }

    @Test
    void docx_roundTripsAndContainsEverySentenceFigureAndTableRow() throws IOException {
        byte[] docx = downloadBytes("docx");
        Files.write(Path.of("target/report-2023-10.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = normalize(extractor.getText());
            for (String line : expectedLines()) {
                assertThat(text).as("DOCX text").contains(line);
            }
            assertThat(doc.getTables()).hasSize(5);
            assertThat(doc.getAllPictures()).hasSize(4);
            assertThat(doc.getFooterList()).isNotEmpty();
        }
    }

    @Test
    void html_hasTheTablesAndFourEmbeddedCharts() {
        String html = download("html");
        assertThat(html).contains("<h1 class=\"title\">贵州省政府数据共享开放月报</h1>");
        assertThat(html.split("<table>", -1)).hasSize(6);
        assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(5);
        assertThat(html).doesNotContain("chart:");
    }

    /** Each paragraph and table row of the expected text, without Markdown and whitespace. */
    private List<String> expectedLines() {
        List<String> lines = new ArrayList<>();
        for (String line : this.expected.split("\n")) {
            if (line.isBlank() || line.startsWith("|:") || line.equals("---")) {
                continue;
            }
            String plain = line.replaceFirst("^#+ ", "").replace("|", "");
            lines.add(normalize(plain));
        }
        return lines;
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String download(String format) {
        return new String(downloadBytes(format), StandardCharsets.UTF_8);
    }

    private static byte[] downloadBytes(String format) {
        return given().auth()
                .oauth2(Tokens.editor())
                .queryParam("format", format)
                .get("/api/v1/reports/2023-10")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }
}
