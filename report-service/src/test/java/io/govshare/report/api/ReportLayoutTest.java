package io.govshare.report.api;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.govshare.report.PdfGeometry;
import io.govshare.report.PdfGeometry.Glyph;
import io.govshare.report.PdfGeometry.Line;
import io.govshare.report.StubServices;
import io.govshare.report.Tokens;
import io.govshare.report.render.Layout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The PDF's page geometry read back with PDFBox's text positions, against GB/T 9704-2012: A4, the margins, 3号 body
 * text on a grid of 22 lines of 28 characters, page numbers on the outer side, the colophon at the foot of the last
 * page, and no page but the last left a third empty. The report is the seed's, with the demo's typical case.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportLayoutTest {

    private static final float RIGHT_EDGE = Layout.LEFT + Layout.TEXT_WIDTH;
    private static final String CLOSING = "，。、；：？！）》」』】〕〉”’,;:?!)]}";

    private static YearMonth month;
    private static byte[] pdf;
    private static JsonPath version;

    private List<Line> lines;
    private int pages;

    @BeforeEach
    void renderOnce() throws IOException {
        if (pdf == null) {
            month = ReportFixtures.aMonthWithSeedFigures();
            ReportFixtures.demoContent(month);
            ReportFixtures.build(month).statusCode(201);
            pdf = ReportFixtures.download(month, "pdf");
            version = given().auth()
                    .oauth2(Tokens.editor())
                    .get("/api/v1/reports/" + month)
                    .then()
                    .extract()
                    .jsonPath();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            this.lines = PdfGeometry.lines(doc);
            this.pages = doc.getNumberOfPages();
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, within(0.5f));
            }
        }
    }

    @Test
    void everyLine_staysInTheTypeArea_ofMargins37_35_28_26mm() {
        float left = Float.MAX_VALUE;
        float right = 0;
        for (Line line : text()) {
            assertThat(line.baseline()).as("line %s", line.text()).isBetween(Layout.TOP, PdfGeometry.typeAreaBottom());
            List<Glyph> inside = inside(line);
            left = Math.min(left, inside.get(0).x());
            right = Math.max(right, inside.get(inside.size() - 1).end());
        }
        // continuation lines start on the left margin; full lines end on the right one
        assertThat(left).isCloseTo(Layout.LEFT, within(0.5f));
        assertThat(right).isCloseTo(RIGHT_EDGE, within(1f));
        float firstOnPage2 = (float) text().stream()
                .filter(l -> l.page() == 2)
                .mapToDouble(Line::baseline)
                .min()
                .orElseThrow();
        assertThat(firstOnPage2 - 0.88f * Layout.BODY_SIZE).isBetween(Layout.TOP, Layout.TOP + Layout.LINE_PITCH);
    }

    @Test
    void bodyText_is16pt_onAGridOf22Lines() {
        List<Line> body =
                text().stream().filter(l -> l.size() == Layout.BODY_SIZE).toList();
        assertThat(body).hasSizeGreaterThan(40);
        assertThat(text())
                .filteredOn(l -> l.text().startsWith("省数据共享交换平台"))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.size()).isEqualTo(16f));
        for (Line line : body) {
            float slot = (line.baseline() - Layout.TOP - Layout.LINE_PITCH / 2 - 0.38f * Layout.BODY_SIZE)
                    / Layout.LINE_PITCH;
            assertThat(slot).as("grid line of %s", line.text()).isCloseTo(Math.round(slot), within(0.02f));
            assertThat(Math.round(slot)).isBetween(0, Layout.LINES - 1);
        }
    }

    @Test
    void fullBodyLines_hold28Characters() {
        int full = 0;
        for (Line line : text()) {
            List<Glyph> inside = inside(line);
            boolean fullWidthOnly = inside.stream().allMatch(g -> g.width() > 14);
            boolean reachesTheRightMargin =
                    Math.abs(inside.get(inside.size() - 1).end() - RIGHT_EDGE) < 1;
            if (line.size() == Layout.BODY_SIZE && fullWidthOnly && reachesTheRightMargin) {
                // the first line of a paragraph begins two characters in
                int indent = Math.round((inside.get(0).x() - Layout.LEFT) / Layout.CHAR_PITCH);
                assertThat(indent + inside.size())
                        .as("characters of %s", line.text())
                        .isEqualTo(Layout.CHARS);
                full++;
            }
        }
        assertThat(full).isGreaterThanOrEqualTo(8);
    }

    @Test
    void pageNumbers_are4haoOnTheOuterSide_7mmUnderTheTypeArea() {
        List<Line> numbers = this.lines.stream().filter(Line::isPageNumber).toList();
        assertThat(numbers).hasSize(this.pages);
        for (Line number : numbers) {
            assertThat(number.size()).isEqualTo(Layout.SMALL_SIZE);
            assertThat(number.text().replaceAll("\\D", "")).isEqualTo(String.valueOf(number.page()));
            Glyph first = number.glyphs().get(0);
            Glyph last = number.glyphs().get(number.glyphs().size() - 1);
            if (number.page() % 2 == 1) {
                assertThat(last.end())
                        .as("odd page %d: right", number.page())
                        .isCloseTo(RIGHT_EDGE - Layout.SMALL_SIZE, within(1f));
            } else {
                assertThat(first.x())
                        .as("even page %d: left", number.page())
                        .isCloseTo(Layout.LEFT + Layout.SMALL_SIZE, within(1f));
            }
            float dash = number.baseline() - 0.3f * Layout.SMALL_SIZE;
            assertThat(dash - PdfGeometry.typeAreaBottom()).isCloseTo(Layout.NUMBER_GAP, within(1.5f));
        }
    }

    @Test
    void colophon_endsInTheBottomFifthOfTheLastPage() {
        Line last = text().stream()
                .filter(l -> l.page() == this.pages)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.text()).startsWith("共印95份");
        assertThat(last.baseline()).isGreaterThan(0.8f * Layout.PAGE_HEIGHT);
        assertThat(text())
                .filteredOn(l -> l.text().startsWith("贵州省信息中心办公室"))
                .singleElement()
                .satisfies(l -> assertThat(l.text())
                        .endsWith(version.getString("edition.issueDate")
                                        .replaceFirst("(\\d+)-0?(\\d+)-0?(\\d+)", "$1年$2月$3日")
                                + "印发"));
    }

    @Test
    void noPageButTheLast_isLeftAThirdEmpty() {
        for (int page = 1; page < this.pages; page++) {
            assertThat(PdfGeometry.lowestText(this.lines, page))
                    .as("lowest text of page %d", page)
                    .isGreaterThan(Layout.TOP + Layout.TEXT_HEIGHT * 2 / 3);
        }
    }

    @Test
    void titleAndHeadings_areSetInTheirRolesFonts() {
        Line title = text().get(0);
        assertThat(title.size()).isEqualTo(Layout.TITLE_SIZE);
        assertThat(title.glyphs().get(0).x() - Layout.LEFT)
                .as("centred")
                .isCloseTo(
                        RIGHT_EDGE
                                - title.glyphs().get(title.glyphs().size() - 1).end(),
                        within(2f));
        assertThat(fontOf("贵州省政府数据共享开放月报")).isEqualTo(font("title"));
        assertThat(fontOf("一、总体情况")).isEqualTo(font("heading1"));
        assertThat(fontOf("（一）数据调度情况")).isEqualTo(font("heading2"));
        assertThat(fontOf("省数据共享交换平台发起")).isEqualTo(font("body"));
    }

    private List<Line> text() {
        return this.lines.stream().filter(l -> !l.isPageNumber()).toList();
    }

    /** The glyphs of a line inside the type area: a closing mark may hang past the right margin. */
    private static List<Glyph> inside(Line line) {
        List<Glyph> glyphs = line.glyphs();
        Glyph last = glyphs.get(glyphs.size() - 1);
        if (glyphs.size() > 1 && CLOSING.contains(last.text()) && last.x() >= RIGHT_EDGE - 1) {
            assertThat(last.x()).as("hanging %s", line.text()).isLessThan(RIGHT_EDGE + 1);
            return glyphs.subList(0, glyphs.size() - 1);
        }
        return glyphs;
    }

    private String fontOf(String start) {
        return text().stream()
                .filter(l -> l.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start))
                .glyphs()
                .get(1)
                .font();
    }

    private static String font(String role) {
        return version.getString("edition.fonts.find { it.role == '" + role + "' }.postScriptName");
    }
}
