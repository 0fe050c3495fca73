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

import io.govshare.report.ReportUnits;
import io.govshare.report.StubServices;
import io.govshare.report.Tokens;
import io.govshare.report.render.PdfRenderer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of October 2023 rendered from the seed's figures (the other services stubbed with them) must be the
 * report of the seed: the Markdown equals the text written by hand from the seed, the default edition says nothing
 * the seed does not (its sentence list, {@code seed/report-2023-10-units.txt}), and the PDF and the DOCX carry that
 * text and nothing else, in fonts the PDF embeds and names.
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
    void defaultEdition_saysWhatTheSeedSays_andNothingElse() {
        List<String> units = ReportUnits.of(download("md"));
        List<String> seed = ReportUnits.seed();
        // GB/T 9704 puts the 印发 date beside the office in the colophon; the seed's text lost it
        List<String> added = units.stream().filter(u -> !seed.contains(u)).toList();
        assertThat(added).containsExactly(ReportUnits.normalize("2023年11月21日印发"));
        assertThat(units).containsAll(seed);
        assertThat(units.stream().filter(seed::contains).toList()).containsExactlyElementsOf(seed);
    }

    @Test
    void pdf_carriesTheMarkdownsTextAndNothingElse() throws IOException {
        List<String> units = ReportUnits.of(download("md"));
        try (PDDocument doc = Loader.loadPDF(downloadBytes("pdf"))) {
            String text = ReportUnits.text(doc, units);
            assertThat(text).isEqualTo(String.join("", units));
        }
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
            List<String> named = given().auth()
                    .oauth2(Tokens.editor())
                    .get("/api/v1/reports/2023-10")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("edition.fonts.postScriptName", String.class);
            for (PDFont font : fonts) {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                // a subset font's name has a six-letter tag: ABCDEF+NotoSerifSC-Regular
                assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                assertThat(named)
                        .as("fonts in the version's edition")
                        .contains(font.getName().substring(7));
            }
            assertThat(fonts.stream().map(f -> f.getName().substring(7)).distinct())
                    .as("every font the edition names is in the PDF")
                    .containsExactlyInAnyOrderElementsOf(
                            named.stream().distinct().toList());
            String info = doc.getDocumentInformation().getCustomMetadataValue(PdfRenderer.FONTS_KEY);
            assertThat(info).contains("正文：").contains("一级标题：").contains("二级标题：").contains("标题：");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("贵州省政府数据共享开放月报 2023年10月");
            assertThat(doc.getNumberOfPages()).isBetween(5, 7);
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
            // five tables and the colophon; no charts in the default edition
            assertThat(doc.getTables()).hasSize(6);
            assertThat(doc.getAllPictures()).isEmpty();
            assertThat(doc.getFooterList()).hasSize(2);
            assertThat(doc.getProperties().getCoreProperties().getDescription())
                    .startsWith("字体：")
                    .contains("正文：");
        }
    }

    @Test
    void html_hasTheTablesAndNoCharts() {
        String html = download("html");
        assertThat(html).contains("<h1 class=\"title\">贵州省政府数据共享开放月报</h1>");
        assertThat(html.split("<table>", -1)).hasSize(6);
        assertThat(html).doesNotContain("<img").doesNotContain("chart:");
    }

    /** Each paragraph and table row of the expected text, without Markdown and whitespace. */
    private List<String> expectedLines() {
        List<String> lines = new ArrayList<>();
        for (String line : this.expected.split("\n")) {
            if (line.isBlank() || line.startsWith("|:") || line.equals("---")) {
                continue;
            }
            String plain = line.replaceFirst("^#+ ", "").replace("|", "").replaceFirst("\\\\$", "");
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
