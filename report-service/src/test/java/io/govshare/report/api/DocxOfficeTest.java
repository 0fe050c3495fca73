package io.govshare.report.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import io.govshare.report.ReportUnits;
import io.govshare.report.StubServices;
import io.govshare.report.render.Layout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DOCX opened by a real office suite: LibreOffice (Debian's libreoffice-writer-nogui, which scripts/test
 * installs) converts it to PDF headless, with the fonts the report uses; that PDF has the text of ours, about as many
 * pages, and an outline made from the Heading 1 and Heading 2 styles.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class DocxOfficeTest {

    private static final Path DIR = Path.of("target/office");

    private static byte[] docx;
    private static byte[] ours;
    private static byte[] office;
    private static List<String> units;

    @BeforeEach
    void convertWithLibreOfficeOnce() throws IOException, InterruptedException {
        if (office != null) {
            return;
        }
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.demoContent(month);
        ReportFixtures.build(month).statusCode(201);
        docx = ReportFixtures.download(month, "docx");
        ours = ReportFixtures.download(month, "pdf");
        units = ReportUnits.of(
                new String(ReportFixtures.download(month, "md"), java.nio.charset.StandardCharsets.UTF_8));
        Files.createDirectories(DIR);
        Path file = DIR.resolve("report.docx");
        Files.write(file, docx);
        Files.write(DIR.resolve("report-ours.pdf"), ours);
        // LibreOffice finds the report's fonts through fontconfig: the system's, and the fetched ones
        Path fontsConf = DIR.resolve("fonts.conf");
        Files.writeString(fontsConf, """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                  <dir>%s</dir>
                  <cachedir>%s</cachedir>
                </fontconfig>
                """.formatted(
                System.getProperty("report.fonts.dir"), DIR.toAbsolutePath().resolve("fontcache")));
        ProcessBuilder soffice = new ProcessBuilder(
                        "soffice",
                        "--headless",
                        "--norestore",
                        "-env:UserInstallation="
                                + DIR.toAbsolutePath().resolve("profile").toUri(),
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        DIR.toAbsolutePath().toString(),
                        file.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(DIR.resolve("soffice.log").toFile());
        soffice.environment().put("FONTCONFIG_FILE", fontsConf.toAbsolutePath().toString());
        Process process = soffice.start();
        assertThat(process.waitFor(240, TimeUnit.SECONDS))
                .as("soffice finished (log: target/office/soffice.log)")
                .isTrue();
        assertThat(process.exitValue()).isZero();
        office = Files.readAllBytes(DIR.resolve("report.pdf"));
    }

    @Test
    void libreOffice_laysItOutOnAboutAsManyPagesAsOurPdf_withTheSameText() throws IOException {
        try (PDDocument theirs = Loader.loadPDF(office);
                PDDocument our = Loader.loadPDF(ours)) {
            assertThat(theirs.getNumberOfPages()).isBetween(our.getNumberOfPages() - 1, our.getNumberOfPages() + 1);
            // LibreOffice 7.4 leaves out a comma or full stop that hangs in the right margin (Word draws it there)
            assertThat(withoutHangablePunctuation(ReportUnits.text(theirs, units)))
                    .isEqualTo(withoutHangablePunctuation(ReportUnits.text(our, units)));
        }
    }

    @Test
    void libreOffice_findsTheOutlineInTheHeadingStyles() throws IOException {
        try (PDDocument theirs = Loader.loadPDF(office)) {
            List<String> sections = new ArrayList<>();
            List<String> subsections = new ArrayList<>();
            for (PDOutlineItem item :
                    theirs.getDocumentCatalog().getDocumentOutline().children()) {
                sections.add(item.getTitle());
                item.children().forEach(child -> subsections.add(child.getTitle()));
            }
            assertThat(sections)
                    .containsExactly(
                            "一、总体情况", "二、国家数据共享情况", "三、部门数据共享服务情况", "四、市州数据共享服务情况", "五、政务数据“一本账”目录试点工作", "六、数据应用典型案例");
            assertThat(subsections).contains("（一）数据调度情况", "（三）数据使用情况", "“人口基础库”助力提升部门服务管理效能");
        }
    }

    @Test
    void docx_hasRealStylesAndACompletePageSetup() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(outlineLevel(doc.getStyles().getStyle("Heading1"))).isZero();
            assertThat(outlineLevel(doc.getStyles().getStyle("Heading2"))).isEqualTo(1);
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            for (String style : List.of("Normal", "BodyText", "Title", "Caption", "TableText", "ReportTable")) {
                assertThat(doc.getStyles().styleExist(style)).as(style).isTrue();
            }
            assertThat(doc.getParagraphs())
                    .filteredOn(p -> p.getText().equals("一、总体情况"))
                    .singleElement()
                    .satisfies(p -> assertThat(p.getStyle()).isEqualTo("Heading1"));
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(twips(section.getPgSz().getW())).isEqualTo(Layout.twipsOfMm(210));
            CTPageMar margins = section.getPgMar();
            assertThat(twips(margins.getTop())).isEqualTo(Layout.twipsOfMm(37));
            assertThat(twips(margins.getBottom())).isEqualTo(Layout.twipsOfMm(35));
            assertThat(twips(margins.getLeft())).isEqualTo(Layout.twipsOfMm(28));
            assertThat(twips(margins.getRight())).isEqualTo(Layout.twipsOfMm(26));
            assertThat(twips(margins.getHeader())).isPositive();
            assertThat(twips(margins.getFooter())).isPositive();
            assertThat(twips(margins.getGutter())).isZero();
            assertThat(section.getDocGrid().getLinePitch().intValue() * Layout.LINES)
                    .isBetween(Layout.twips(Layout.TEXT_HEIGHT) - Layout.LINES, Layout.twips(Layout.TEXT_HEIGHT));
        }
    }

    private static String withoutHangablePunctuation(String text) {
        return text.replaceAll("[、,。]", "");
    }

    /** A measure of WordprocessingML (a number of twips, or a number with a unit, here always twips). */
    private static int twips(Object measure) {
        return Integer.parseInt(String.valueOf(measure));
    }

    private static int outlineLevel(XWPFStyle style) {
        return style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
    }
}
