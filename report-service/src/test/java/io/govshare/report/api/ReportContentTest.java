package io.govshare.report.api;

import java.time.YearMonth;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import io.govshare.report.StubServices;
import io.govshare.report.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportContentTest {

    @Test
    void put_storesTheContent_andTheNextBuildUsesIt() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        put(month, """
                {"issueDate":"2101-02-10","province":"云南省","issuer":"云南省信息中心",
                 "cases":[{"title":"  案例一  ","paragraphs":["第一段。","第二段。"]}],
                 "colophon":{"office":"云南省信息中心办公室","printedCopies":40,"electronicCopies":30}}""")
                .statusCode(200)
                .body("month", equalTo(month.toString()))
                .body("cases[0].title", equalTo("案例一"))
                .body("colophon.reportTo", nullValue());
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/reports/" + month + "/content")
                .then()
                .statusCode(200)
                .body("issuer", equalTo("云南省信息中心"));
        ReportFixtures.build(month)
                .statusCode(201)
                .body("edition.issueDate", equalTo("2101-02-10"))
                .body("edition.colophon.reportTo", equalTo("省大数据局"))
                .body("figures.cases[0].paragraphs[1]", equalTo("第二段。"));
        assertThat(ReportFixtures.markdown(month))
                .startsWith("# 云南省政府数据共享开放月报\n")
                .contains("\n云南省信息中心\n\n2101年2月10日\n")
                .contains("## 六、数据应用典型案例\n\n### 案例一\n\n第一段。\n\n第二段。\n")
                .contains("报：省大数据局")
                .contains("\n云南省信息中心办公室\\\n2101年2月10日印发\n\n---\n\n共印40份（其中电子公文30份）\n");
    }

    @Test
    void build_withoutContent_usesTheConfiguredDefaults() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201).body("edition.issuer", equalTo("贵州省信息中心"));
        assertThat(ReportFixtures.markdown(month))
                .startsWith("# 贵州省政府数据共享开放月报\n")
                .contains("发：各市（州）、贵安新区大数据发展主管部门")
                .contains("贵州省信息中心办公室\\\n")
                .contains("印发\n\n---\n\n共印95份（其中电子公文85份）")
                .doesNotContain("六、数据应用典型案例");
    }

    @Test
    void aBuiltVersion_keepsItsContent_whenTheContentChangesLater() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        put(month, "{\"cases\":[{\"title\":\"旧案例\",\"paragraphs\":[\"旧。\"]}]}").statusCode(200);
        ReportFixtures.build(month).statusCode(201);
        put(month, "{\"cases\":[{\"title\":\"新案例\",\"paragraphs\":[\"新。\"]}]}").statusCode(200);
        assertThat(ReportFixtures.markdown(month)).contains("### 旧案例").doesNotContain("新案例");
    }

    @Test
    void put_escapesMarkdown_soThatAnEditorCannotChangeTheDocument() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        put(month, "{\"cases\":[{\"title\":\"A | B\",\"paragraphs\":[\"## 不是标题\\n<script>x</script>\"]}]}")
                .statusCode(200);
        ReportFixtures.build(month).statusCode(201);
        assertThat(ReportFixtures.markdown(month)).contains("\\#\\# 不是标题 \\<script\\>x\\</script\\>");
        String html = given().auth()
                .oauth2(Tokens.editor())
                .queryParam("format", "html")
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).doesNotContain("<script>").contains("## 不是标题 &lt;script&gt;");
    }

    @Test
    void put_returns400NamingTheField_forInvalidContent() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        put(month, "{\"cases\":[{\"title\":\" \",\"paragraphs\":[]}]}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://govshare.io/problems/validation"))
                .body("errors.field", hasItem("cases[0].title"))
                .body("errors.field", hasItem("cases[0].paragraphs"));
        put(month, "{}").statusCode(400).body("errors.field", hasItem("cases"));
        put(month, "{\"cases\":[],\"issueDate\":\"21-11-2023\"}")
                .statusCode(400)
                .body("errors.field", hasItem("issueDate"));
        put(month, "{\"cases\":[],\"colophon\":{\"printedCopies\":10,\"electronicCopies\":11}}")
                .statusCode(400)
                .body("errors.field", hasItem("colophon.electronicCopies"));
        put(month, "{\"cases\":[],\"colophon\":{\"printedCopies\":-1}}")
                .statusCode(400)
                .body("errors.field", hasItem("colophon.printedCopies"));
        put(month, "not json").statusCode(400).body("type", equalTo("https://govshare.io/problems/malformed-body"));
        given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + month + "/content")
                .then()
                .body("cases.size()", equalTo(0));
    }

    private static ValidatableResponse put(YearMonth month, String body) {
        return given().auth()
                .oauth2(Tokens.editor())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/reports/" + month + "/content")
                .then();
    }
}
