package io.govshare.console.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.govshare.console.Services;
import io.govshare.console.UserToken;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.govshare.console.Stubs.json;
import static io.govshare.console.Stubs.me;
import static io.govshare.console.Stubs.problem;
import static io.govshare.console.Stubs.stub;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(Services.class)
class HomePageTest {

    @BeforeEach
    void services() {
        Services.server().resetAll();
        me("zwfw", io.govshare.console.Stubs.ZWFW_ME);
        me("editor", io.govshare.console.Stubs.EDITOR_ME);
        stub(get(urlPathEqualTo("/api/v1/exchange-stats/organizations/gz.zwfwzx"))
                .withQueryParam("month", equalTo("2023-10"))
                .willReturn(json("""
                        {"orgCode":"gz.zwfwzx","orgName":"省政务服务中心","from":"2023-10-01","to":"2023-10-31",
                         "provided":32696905,"used":9999,
                         "byCounterpart":[{"orgCode":"gz.scjgj","orgName":"省市场监管局","provided":32696905,"used":9999}],
                         "byResource":[{"resourceCode":"gz.zwfwzx.001","provided":32696905,"used":0}],
                         "byDay":[{"date":"2023-10-01","provided":100,"used":3}]}""")));
        stub(get(urlPathEqualTo("/api/v1/resources/gz.zwfwzx.001"))
                .willReturn(json("{\"code\":\"gz.zwfwzx.001\",\"name\":\"政务服务事项办件信息\"}")));
        stub(get(urlPathEqualTo("/api/v1/share-requests/stats")).willReturn(json("""
                        {"month":"2023-10","org":"gz.zwfwzx",
                         "asApplicant":{"submitted":5,"withdrawn":1,"decided":3,"pending":1,"unconditional":0,"signed":2,"rejected":1},
                         "asProvider":{"submitted":7,"withdrawn":0,"decided":7,"pending":0,"unconditional":0,"signed":7,"rejected":0}}""")));
        stub(get(urlPathEqualTo("/api/v1/share-requests"))
                .willReturn(json("{\"items\":[],\"page\":0,\"size\":1,\"total\":4}")));
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-user", "dept-reviewer", "dept-signer"},
            augmentors = UserToken.class)
    void showsTheDepartmentsOwnFiguresAsTheReportWritesThem() {
        String html = given().get("/?month=2023-10")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        Document page = Jsoup.parse(html);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.getElementById("provided").text()).isEqualTo("3269.69万次");
        assertThat(page.getElementById("provided-calls").attr("value")).isEqualTo("32696905");
        assertThat(page.getElementById("provided-calls").text()).isEqualTo("32,696,905");
        assertThat(page.getElementById("used").text()).isEqualTo("9,999次");
        assertThat(page.getElementById("month-title").text()).contains("2023年10月");
        assertThat(page.text()).contains("政务服务事项办件信息", "省市场监管局");
        assertThat(page.getElementById("inbox-count").text()).isEqualTo("4 件");
        assertThat(page.getElementById("chart-by-day").attr("data-chart")).contains("\"provided\":[100]");
        assertThat(page.select("script").eachAttr("src"))
                .containsExactly("/assets/vendor/echarts.min.js", "/assets/console.js");
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("nav.menu a").eachText()).containsExactly("首页", "待办", "我的申请", "申请数据", "月报");

        // every call with the user's own token, asking for Chinese problems
        Services.server()
                .verify(getRequestedFor(urlPathMatching("/api/v1/.*"))
                        .withHeader("Authorization", equalTo("Bearer token-zwfw"))
                        .withHeader("Accept-Language", equalTo("zh-CN")));
        assertThat(Services.server().findAll(getRequestedFor(urlPathMatching("/api/v1/.*"))))
                .allMatch(r -> "Bearer token-zwfw".equals(r.getHeader("Authorization")));
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-user"},
            augmentors = UserToken.class)
    void aBadMonthIsNamedNextToItsFieldAndNothingIsAsked() {
        String html =
                given().get("/?month=2023-13").then().statusCode(400).extract().asString();
        Document page = Jsoup.parse(html);

        assertThat(page.getElementById("month").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("month-error").text()).isNotBlank().doesNotContainPattern("[A-Za-z]{6,}");
        assertThat(Services.server().findAll(getRequestedFor(urlPathMatching("/api/v1/exchange-stats/.*"))))
                .isEmpty();
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-user"},
            augmentors = UserToken.class)
    void aPartTheApiRefusesShowsTheRefusalAndTheRestStillShows() {
        stub(get(urlPathEqualTo("/api/v1/share-requests/stats")).willReturn(problem(403, """
                        {"type":"https://govshare.io/problems/not-permitted","title":"无权操作","status":403,
                         "detail":"只能查看本单位的统计"}""")));

        Document page = Jsoup.parse(
                given().get("/?month=2023-10").then().statusCode(200).extract().asString());

        assertThat(page.text()).contains("只能查看本单位的统计");
        assertThat(page.getElementById("provided").text()).isEqualTo("3269.69万次");
    }

    @Test
    @TestSecurity(
            user = "editor",
            roles = {"report-editor"},
            augmentors = UserToken.class)
    void theMenuOffersWhatTheRolesAllow() {
        Document page =
                Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());

        assertThat(page.select("nav.menu a").eachText()).containsExactly("首页", "月报", "月报编制");
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-user"},
            augmentors = UserToken.class)
    void aRefusedTokenSendsTheBrowserThroughTheLoginBackToThePage() {
        stub(get(urlPathEqualTo("/api/v1/me")).willReturn(problem(401, """
                        {"type":"https://govshare.io/problems/unauthorized","title":"未认证","status":401}""")));

        var answer = given().redirects()
                .follow(false)
                .cookie("q_session", "stale")
                .get("/?month=2023-10")
                .then()
                .statusCode(303)
                .extract();

        assertThat(answer.header("Location")).endsWith("/?month=2023-10");
        assertThat(answer.headers().getValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("q_session=;") && c.contains("Max-Age=0"));
    }
}
