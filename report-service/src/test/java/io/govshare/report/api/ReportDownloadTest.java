package io.govshare.report.api;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.govshare.common.testing.Tokens;
import io.govshare.report.StubServices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Format negotiation of {@code GET /reports/{month}} and a failed check shown in the rendered report. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportDownloadTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static YearMonth built;

    private static YearMonth built() {
        if (built == null) {
            built = ReportFixtures.aMonthWithSeedFigures();
            ReportFixtures.build(built).statusCode(201);
        }
        return built;
    }

    @ParameterizedTest
    @CsvSource({
        "application/json, application/json, {",
        "text/markdown, text/markdown, #",
        "text/html, text/html, <!DOCTYPE html>",
        DOCX + ", " + DOCX + ", PK",
        "application/pdf, application/pdf, %PDF",
        "'text/markdown;q=0.5, application/pdf', application/pdf, %PDF",
        "*/*, application/json, {"
    })
    void get_answersTheAcceptedFormat(String accept, String contentType, String start) {
        Response response =
                given().auth().oauth2(Tokens.editor()).header("Accept", accept).get("/api/v1/reports/" + built());
        response.then().statusCode(200).contentType(startsWith(contentType));
        assertThat(new String(response.asByteArray(), 0, start.length(), StandardCharsets.ISO_8859_1))
                .isEqualTo(start.equals("#") ? "#" : start);
    }

    @ParameterizedTest
    @CsvSource({
        "json, application/json",
        "md, text/markdown",
        "html, text/html",
        "docx, " + DOCX,
        "pdf, application/pdf"
    })
    void get_formatParameter_winsOverAccept(String format, String contentType) {
        Response response = given().auth()
                .oauth2(Tokens.editor())
                .header("Accept", "application/json")
                .queryParam("format", format)
                .get("/api/v1/reports/" + built());
        response.then().statusCode(200).contentType(startsWith(contentType));
        if (!format.equals("json")) {
            assertThat(response.header("Content-Disposition"))
                    .endsWith("filename=\"report-" + built() + "-v1." + format + "\"");
        }
    }

    @Test
    void get_withoutAccept_answersJson() {
        given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + built())
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("figures.requests.signed", equalTo(121));
    }

    @Test
    void get_returns400NamingFormat_forAnUnknownFormat() {
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("format", "xls")
                .get("/api/v1/reports/" + built())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("format"));
    }

    @Test
    void get_returns406Problem_forAnUnservedAccept() {
        given().auth()
                .oauth2(Tokens.editor())
                .header("Accept", "application/xml")
                .get("/api/v1/reports/" + built())
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void get_returns404_forAMissingVersion_and400_forABadVersion() {
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("version", 99)
                .get("/api/v1/reports/" + built())
                .then()
                .statusCode(404)
                .body("type", equalTo("https://govshare.io/problems/not-found"));
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("version", "one")
                .get("/api/v1/reports/" + built())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("version"));
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("version", 0)
                .get("/api/v1/reports/" + built())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void aFailedCheck_isShownInEveryRenderedFormat() throws Exception {
        YearMonth month = ReportFixtures.aMonthWhereDecidedIsWrong();
        ReportFixtures.build(month).statusCode(201);
        String notice = "数据校验未通过，本期月报不宜印发。";
        String check = "审核数应等于签发数与驳回数之和（requests.decided）：decided 240 ≠ signed + rejected 241";
        assertThat(ReportFixtures.markdown(month))
                .contains("> **" + notice + "**")
                .contains("> - " + check);
        String html = download(month, "html");
        assertThat(html).contains("<blockquote class=\"notice\">").contains(notice);
        byte[] pdf = given().auth()
                .oauth2(Tokens.editor())
                .queryParam("format", "pdf")
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(notice).contains(check.replaceAll("\\s+", ""));
        }
        String ok = ReportFixtures.markdown(built());
        assertThat(ok).doesNotContain(notice);
    }

    private static String download(YearMonth month, String format) {
        return given().auth()
                .oauth2(Tokens.editor())
                .queryParam("format", format)
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
