package io.govshare.console.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.govshare.console.Services;
import io.govshare.console.Stubs;
import io.govshare.console.UserToken;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.govshare.console.Stubs.json;
import static io.govshare.console.Stubs.me;
import static io.govshare.console.Stubs.problem;
import static io.govshare.console.Stubs.stub;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(Services.class)
class ApplyAndReportPagesTest {

    @BeforeEach
    void services() {
        Services.server().resetAll();
        me("zwfw", Stubs.ZWFW_ME);
        me("editor", Stubs.EDITOR_ME);
        stub(get(urlPathEqualTo("/api/v1/resources/gz.scjgj.003")).willReturn(json("""
                        {"code":"gz.scjgj.003","name":"内部核查记录","providerOrg":"gz.scjgj",
                         "sharingType":"NOT_SHAREABLE","items":[]}""")));
        stub(get(urlPathEqualTo("/api/v1/resources/gz.scjgj.002")).willReturn(json("""
                        {"code":"gz.scjgj.002","name":"企业年度报告信息","providerOrg":"gz.scjgj",
                         "sharingType":"CONDITIONAL","items":[{"name":"统一社会信用代码"},{"name":"企业名称"}]}""")));
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-user"},
            augmentors = UserToken.class)
    void theSearchShowsEachResourcesSharingType() {
        stub(get(urlPathEqualTo("/api/v1/resources"))
                .withQueryParam("q", equalTo("企业"))
                .willReturn(json("""
                        {"items":[{"code":"gz.scjgj.002","name":"企业年度报告信息","providerOrg":"gz.scjgj","sharingType":"CONDITIONAL"},
                                  {"code":"gz.scjgj.003","name":"内部核查记录","providerOrg":"gz.scjgj","sharingType":"NOT_SHAREABLE"}],
                         "page":0,"size":20,"total":2}""")));

        Document page = Jsoup.parse(given().queryParam("q", "企业")
                .get("/apply")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.select("#resources-table tbody tr").eachText())
                .satisfiesExactly(
                        row -> assertThat(row).contains("企业年度报告信息", "省市场监管局", "有条件共享", "申请"),
                        row -> assertThat(row).contains("内部核查记录", "不予共享", "不能申请"));
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-user"},
            augmentors = UserToken.class)
    void aNotShareableResourceSaysSoBeforeAnythingIsSubmitted() {
        Document page = Jsoup.parse(given().get("/apply/gz.scjgj.003")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.getElementById("not-shareable").text()).contains("不予共享");
        assertThat(page.select("form.apply")).isEmpty();
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-user"},
            augmentors = UserToken.class)
    void anApplicationIsSubmittedAndARefusalIsShownByField() {
        stub(post(urlPathEqualTo("/api/v1/share-requests")).willReturn(problem(400, """
                        {"type":"https://govshare.io/problems/validation","title":"输入无效","status":400,
                         "detail":"1 个字段无效","errors":[{"field":"purpose","message":"不能为空"}]}""")));

        Document page = Jsoup.parse(given().contentType(Stubs.FORM)
                .formParam("purpose", "")
                .formParam("legalBasis", "《政务数据共享管理办法》")
                .formParam("items", "企业名称")
                .post("/apply/gz.scjgj.002")
                .then()
                .statusCode(400)
                .extract()
                .asString());

        assertThat(page.getElementById("purpose-error").text()).isEqualTo("不能为空");
        assertThat(page.getElementById("legalBasis").text()).isEqualTo("《政务数据共享管理办法》");
        assertThat(page.select("input[name=items][checked]").eachAttr("value")).containsExactly("企业名称");
        Services.server()
                .verify(postRequestedFor(urlPathEqualTo("/api/v1/share-requests"))
                        .withRequestBody(equalToJson("""
                                {"resourceCode":"gz.scjgj.002","purpose":"","legalBasis":"《政务数据共享管理办法》",
                                 "items":["企业名称"]}""")));
    }

    @Test
    void anApplicationPostedAfterTheSessionEndedComesBackFilledIn() {
        String location = given().contentType(Stubs.FORM)
                .redirects()
                .follow(false)
                .formParam("purpose", "企业开办")
                .formParam("items", "企业名称")
                .post("/apply/gz.scjgj.002")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");

        assertThat(location)
                .endsWith("/apply/gz.scjgj.002?expired=1&purpose=%E4%BC%81%E4%B8%9A%E5%BC%80%E5%8A%9E"
                        + "&items=%E4%BC%81%E4%B8%9A%E5%90%8D%E7%A7%B0");
    }

    @Test
    @TestSecurity(
            user = "editor",
            roles = {"report-editor"},
            augmentors = UserToken.class)
    void aFailingCheckIsRedAndPublishingOffersTheOverride() {
        stub(get(urlPathEqualTo("/api/v1/reports"))
                .withQueryParam("month", equalTo("1998-07"))
                .willReturn(json("""
                        [{"month":"1998-07","version":2,"status":"DRAFT","builtAt":"1998-08-01T09:00:00+08:00","checksOk":false}]""")));
        stub(get(urlPathEqualTo("/api/v1/reports/1998-07"))
                .withQueryParam("version", equalTo("2"))
                .willReturn(json("""
                        {"month":"1998-07","version":2,"status":"DRAFT","checksOk":false,
                         "checks":[{"name":"requests.decided","ok":true,"detail":"decided 0 = signed + rejected 0"},
                                   {"name":"exchange.total-provided","ok":false,"detail":"total 5 ≠ Σ provided by level 3"}]}""")));

        Document page = Jsoup.parse(given().get("/admin/reports?month=1998-07")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.select("#checks tr.check-failed").attr("data-check")).isEqualTo("exchange.total-provided");
        assertThat(page.select("#checks tr.check-ok")).hasSize(1);
        assertThat(page.getElementById("override").hasAttr("checked")).isTrue();
    }

    @Test
    @TestSecurity(
            user = "editor",
            roles = {"report-editor"},
            augmentors = UserToken.class)
    void publishingWithoutAReasonShowsTheApisMessageByTheReason() {
        stub(get(urlPathEqualTo("/api/v1/reports")).willReturn(json("[]")));
        stub(post(urlPathEqualTo("/api/v1/reports/1998-07/publish"))
                .withRequestBody(equalToJson("{\"override\":true,\"reason\":\"\"}"))
                .willReturn(problem(400, """
                        {"type":"https://govshare.io/problems/validation","title":"输入无效","status":400,
                         "detail":"1 个字段无效","errors":[{"field":"reason","message":"覆盖检查时必须说明理由"}]}""")));

        Document page = Jsoup.parse(given().contentType(Stubs.FORM)
                .formParam("override", "true")
                .formParam("reason", "")
                .post("/admin/reports/1998-07/publish")
                .then()
                .statusCode(400)
                .extract()
                .asString());

        assertThat(page.getElementById("problem-detail").text()).isEqualTo("1 个字段无效");
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-user"},
            augmentors = UserToken.class)
    void aReportIsDownloadedAsReportServiceSendsIt() {
        stub(get(urlPathEqualTo("/api/v1/reports/2023-10"))
                .withQueryParam("format", equalTo("pdf"))
                .withHeader("Authorization", equalTo("Bearer token-zwfw"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/pdf")
                        .withHeader("Content-Disposition", "attachment; filename=\"report-2023-10-v1.pdf\"")
                        .withBody(new byte[] {'%', 'P', 'D', 'F', '-'})));
        stub(get(urlPathEqualTo("/api/v1/reports/2023-10"))
                .withQueryParam("format", equalTo("html"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html;charset=UTF-8")
                        .withHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .withBody("<html lang=\"zh-CN\"><body>月报</body></html>")));

        var pdf = given().get("/reports/2023-10/file?format=pdf")
                .then()
                .statusCode(200)
                .extract();
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("report-2023-10-v1.pdf");
        assertThat(pdf.asByteArray()).startsWith('%', 'P', 'D', 'F');

        var html = given().get("/reports/2023-10/html").then().statusCode(200).extract();
        assertThat(html.header("Content-Security-Policy")).isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-user"},
            augmentors = UserToken.class)
    void aDraftADepartmentMayNotReadShowsTheApisRefusal() {
        stub(get(urlPathEqualTo("/api/v1/reports/1998-07")).willReturn(problem(404, """
                        {"type":"https://govshare.io/problems/not-found","title":"未找到","status":404,
                         "detail":"1998年7月没有已发布的月报"}""")));

        String html = given().get("/reports/1998-07/file?format=pdf")
                .then()
                .statusCode(404)
                .extract()
                .asString();

        assertThat(Jsoup.parse(html).getElementById("problem-detail").text()).isEqualTo("1998年7月没有已发布的月报");
    }
}
