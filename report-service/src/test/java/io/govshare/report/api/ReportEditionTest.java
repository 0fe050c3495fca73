package io.govshare.report.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import io.govshare.report.PdfGeometry;
import io.govshare.report.StubServices;
import io.govshare.report.render.Layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/**
 * An edition that asks for every optional sentence and the charts (docs/report.md "Editions"): each sentence is
 * printed when its inputs are real (环比 only against a published month before), and the charts are in the HTML, the
 * DOCX and the PDF without leaving a page a third empty.
 */
@QuarkusTest
@TestProfile(ReportEditionTest.Everything.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportEditionTest {

    /** The service with an edition of every option. */
    public static class Everything implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("report.edition.options", "month-on-month,rejections-by-node,national-share,charts");
        }
    }

    @Test
    void edition_printsTheRejectionsByNodeAndTheNationalShare() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month)
                .statusCode(201)
                .body("edition.options", contains("MONTH_ON_MONTH", "REJECTIONS_BY_NODE", "NATIONAL_SHARE", "CHARTS"));
        assertThat(ReportFixtures.markdown(month))
                .contains("按驳回节点统计，受理节点驳回58次、审核节点驳回41次、签发节点驳回21次。")
                .contains("国家部委提供数据服务618.35万余次，占交换数据总量的18.91%。")
                .doesNotContain("环比");
    }

    @Test
    void monthOnMonth_isPrintedOnlyOnceTheMonthBeforeIsPublished() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        YearMonth before = month.minusMonths(1);
        ReportFixtures.aMonthWithSeedFiguresAnd(before, "\"submitted\": 280", "\"submitted\": 250");
        StubServices.serve(
                before,
                "summary",
                StubServices.json(StubServices.seed("summary")
                        .replace("\"2023-10\"", "\"" + before + "\"")
                        .replace("\"total\": 32696900", "\"total\": 30000000")));
        ReportFixtures.build(before).statusCode(201);
        ReportFixtures.build(month).statusCode(201).body("figures.previousMonth", is((Object) null));
        assertThat(ReportFixtures.markdown(month)).doesNotContain("相比").doesNotContain("环比");

        ReportFixtures.publish(before, "{\"override\": true, \"reason\": \"测试\"}")
                .statusCode(200);
        ReportFixtures.build(month).statusCode(201).body("figures.previousMonth.version", equalTo(1));
        assertThat(ReportFixtures.markdown(month))
                .contains("与" + before.getMonthValue() + "月相比，发起数据共享申请增加30次，环比增长12.0%。")
                .contains("与" + before.getMonthValue() + "月相比，交换数据总量增加269.69万次，环比增长9.0%。");
    }

    @Test
    void charts_areInEveryLaidOutFormat_andNoPageButTheLastIsLeftAThirdEmpty() throws IOException {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.demoContent(month);
        ReportFixtures.build(month).statusCode(201);
        String html = new String(ReportFixtures.download(month, "html"), StandardCharsets.UTF_8);
        assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(5);
        assertThat(ReportFixtures.markdown(month)).doesNotContain("chart:");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(ReportFixtures.download(month, "docx")))) {
            assertThat(docx.getAllPictures()).hasSize(4);
        }
        byte[] bytes = ReportFixtures.download(month, "pdf");
        // left to look at, beside target/report-2023-10.pdf of the default edition
        java.nio.file.Files.write(java.nio.file.Path.of("target/report-all-options.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(4);
            List<PdfGeometry.Line> lines = PdfGeometry.lines(pdf);
            for (int page = 1; page < pdf.getNumberOfPages(); page++) {
                assertThat(PdfGeometry.lowestText(lines, page))
                        .as("lowest text of page %d", page)
                        .isGreaterThan(Layout.TOP + Layout.TEXT_HEIGHT * 2 / 3);
            }
            assertThat(lines.stream().map(l -> l.text().replaceAll("\\s", ""))).contains("图4-1市州数据服务情况（次）");
        }
    }
}
