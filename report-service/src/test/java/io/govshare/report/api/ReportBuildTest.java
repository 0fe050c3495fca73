package io.govshare.report.api;

import java.time.YearMonth;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.report.Months;
import io.govshare.report.StubServices;
import io.govshare.report.Tokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportBuildTest {

    @Test
    void build_returns201WithVersionChecksAndEveryFigure() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month)
                .statusCode(201)
                .header("Location", endsWith("/api/v1/reports/" + month + "?version=1"))
                .body("month", equalTo(month.toString()))
                .body("version", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("checksOk", is(true))
                .body("checks", hasSize(11))
                .body("checks.ok", everyItem(is(true)))
                .body("checks.name", hasItem("exchange.regions-provided"))
                .body("figures.requests.submitted", equalTo(280))
                .body("figures.requests.rejectedByNode.SIGN", equalTo(21))
                .body("figures.exchange.summary.total", equalTo(32696900))
                .body("figures.exchange.topProviders[0].name", equalTo("省政务服务中心"))
                .body("figures.exchange.regionsUsed", hasSize(9))
                .body("figures.national.applications.total", equalTo(196))
                .body("figures.national.recommendations.items[5].resourceName", equalTo("全国志愿者信息(备用通道)"))
                .body("figures.timeliness[0].providerName", equalTo("省市场监管局"))
                .body("figures.ledger.asOf", equalTo(month.atEndOfMonth().toString()))
                .body("figures.ledger.scheduled[1]", equalTo("省人社厅"))
                .body("figures.previousMonth", is((Object) null))
                .body("edition.province", equalTo("贵州省"))
                .body("edition.wanRounding", equalTo("HALF_UP"))
                .body("edition.options", empty())
                .body("edition.fonts.role", contains("title", "body", "heading1", "heading2", "number"))
                .body("edition.fonts.find { it.role == 'body' }.wanted", equalTo("仿宋_GB2312"));
    }

    @Test
    void build_callsEveryServiceWithTheServiceToken() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        StubServices.server()
                .verify(getRequestedFor(urlPathEqualTo("/api/v1/share-requests/stats"))
                        .withQueryParam("month", WireMock.equalTo(month.toString()))
                        .withHeader("Authorization", matching("Bearer .+")));
        StubServices.server()
                .verify(getRequestedFor(urlPathEqualTo("/api/v1/ledger/units"))
                        .withQueryParam(
                                "asOf", WireMock.equalTo(month.atEndOfMonth().toString())));
        // 环比 compares with the published report of the month before, never with live figures
        StubServices.server()
                .verify(
                        0,
                        getRequestedFor(urlPathEqualTo("/api/v1/exchange-stats/summary"))
                                .withQueryParam(
                                        "month",
                                        WireMock.equalTo(month.minusMonths(1).toString())));
    }

    @Test
    void build_addsANewVersionEachTime() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201).body("version", equalTo(1));
        ReportFixtures.build(month).statusCode(201).body("version", equalTo(2));
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("month", month.toString())
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("version", org.hamcrest.Matchers.contains(2, 1))
                .body("status", everyItem(equalTo("DRAFT")));
    }

    @Test
    void build_returns503NamingTheService_andStoresNothing_whenExchangeStatsIsUnreachable() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        StubServices.serve(month, "summary", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        ReportFixtures.build(month)
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://govshare.io/problems/upstream-unavailable"))
                .body("service", equalTo("exchange-stats-service"));
        assertNothingStored(month);
    }

    @Test
    void build_returns503NamingTheService_whenCatalogIsTooSlow() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        StubServices.serve(
                month,
                "ledger-units",
                StubServices.json(StubServices.seed("ledger-units")).withFixedDelay(4000));
        ReportFixtures.build(month)
                .statusCode(503)
                .body("service", equalTo("catalog-service"))
                .body("detail", org.hamcrest.Matchers.containsString("in time"));
        assertNothingStored(month);
    }

    @Test
    void build_returns503NamingTheService_whenRequestServiceFails() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        StubServices.serve(month, "timeliness", aResponse().withStatus(500));
        ReportFixtures.build(month).statusCode(503).body("service", equalTo("request-service"));
        assertNothingStored(month);
    }

    @Test
    void build_returns502NamingTheService_whenAServiceRefusesTheToken() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        StubServices.serve(month, "recommendations", aResponse().withStatus(403));
        ReportFixtures.build(month)
                .statusCode(502)
                .body("type", equalTo("https://govshare.io/problems/upstream-unavailable"))
                .body("service", equalTo("catalog-service"));
        assertNothingStored(month);
    }

    @Test
    void build_returns502NamingTheService_whenAnAnswerDoesNotMatchTheContract() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        StubServices.serve(month, "summary", StubServices.json("{\"month\":\"x\",\"total\":\"many\"}"));
        ReportFixtures.build(month)
                .statusCode(502)
                .body("service", equalTo("exchange-stats-service"))
                .body("detail", org.hamcrest.Matchers.containsString("does not match"));
        assertNothingStored(month);
    }

    @Test
    void build_storesAFailedCheck_whenDecidedIsNotSignedPlusRejected() {
        YearMonth month = ReportFixtures.aMonthWhereDecidedIsWrong();
        ReportFixtures.build(month)
                .statusCode(201)
                .body("checksOk", is(false))
                .body("checks.find { it.name == 'requests.decided' }.ok", is(false))
                .body(
                        "checks.find { it.name == 'requests.decided' }.detail",
                        equalTo("decided 240 ≠ signed + rejected 241"))
                .body("checks.find { it.name == 'requests.submitted' }.ok", is(false))
                .body("checks.find { it.name == 'exchange.total-used' }.ok", is(true));
    }

    @Test
    void build_keepsThePublishedMonthBefore_butTheDefaultEditionPrintsNoComparison() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        YearMonth before = month.minusMonths(1);
        ReportFixtures.aMonthWithSeedFiguresAnd(before, "\"submitted\": 280", "\"submitted\": 250");
        ReportFixtures.build(before).statusCode(201);
        ReportFixtures.publish(before, "{\"override\": true, \"reason\": \"测试\"}")
                .statusCode(200);
        ReportFixtures.build(month)
                .statusCode(201)
                .body("figures.previousMonth.month", equalTo(before.toString()))
                .body("figures.previousMonth.version", equalTo(1))
                .body("figures.previousMonth.requests.submitted", equalTo(250));
        assertThat(ReportFixtures.markdown(month)).doesNotContain("相比").doesNotContain("环比");
    }

    @Test
    void build_omitsTheComparison_whenThePreviousMonthHasNoData() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month).statusCode(201);
        assertThat(ReportFixtures.markdown(month)).doesNotContain("相比").doesNotContain("环比");
    }

    @Test
    void build_returns400NamingTheMonth_forABadMonth() {
        given().auth()
                .oauth2(Tokens.editor())
                .post("/api/v1/reports/2023-13/build")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://govshare.io/problems/validation"))
                .body("errors.field", hasItem("month"));
    }

    @Test
    void build_ofAMonthWithoutAnyData_writesTheEmptySentences() {
        YearMonth month = Months.fresh();
        ReportFixtures.build(month).statusCode(201).body("checksOk", is(true));
        assertThat(ReportFixtures.markdown(month))
                .contains("尚无部门通过省数据共享交换平台国家数据直达基层专区申请国家数据")
                .contains("暂无国家部委数据资源推荐")
                .contains("本月暂无部门数据服务量统计")
                .contains("尚无单位开展政务数据“一本账”目录确认")
                .doesNotContain("六、数据应用典型案例");
    }

    private static void assertNothingStored(YearMonth month) {
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("month", month.toString())
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("$", empty());
        given().auth()
                .oauth2(Tokens.editor())
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://govshare.io/problems/not-found"));
    }
}
