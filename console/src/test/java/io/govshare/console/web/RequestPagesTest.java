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

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
class RequestPagesTest {

    static final String ID = "0f8e6c1a-2b3c-4d5e-8f90-123456789abc";
    static final String DETAIL = """
            {"id":"%s","applicantOrg":"gz.scjgj","providerOrg":"gz.zwfwzx","resourceCode":"gz.zwfwzx.001",
             "resourceName":"政务服务事项办件信息","channel":"PROVINCIAL","status":"SUBMITTED","purpose":"企业开办",
             "submittedAt":"2023-10-09T10:15:00+08:00","deadline":"2023-10-23T10:15:00+08:00","overdue":false,
             "version":3,"availableActions":["ACCEPT","REJECT"],
             "history":[{"seq":1,"action":"SUBMIT","from":null,"to":"SUBMITTED","actorUser":"scjg",
                         "actorOrg":"gz.scjgj","at":"2023-10-09T10:15:00+08:00","comment":null}]}""".formatted(ID);

    @BeforeEach
    void services() {
        Services.server().resetAll();
        me("zwfw", Stubs.ZWFW_ME);
        stub(get(urlPathEqualTo("/api/v1/share-requests/" + ID)).willReturn(json(DETAIL)));
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-reviewer"},
            augmentors = UserToken.class)
    void theInboxListsByDeadlineAndMarksOverdueRequests() {
        stub(get(urlPathEqualTo("/api/v1/share-requests"))
                .withQueryParam("actionable", equalTo("true"))
                .withQueryParam("sort", equalTo("deadline"))
                .willReturn(json("""
                        {"items":[{"id":"%s","applicantOrg":"gz.scjgj","providerOrg":"gz.zwfwzx",
                          "resourceCode":"gz.zwfwzx.001","resourceName":"政务服务事项办件信息","status":"SUBMITTED",
                          "submittedAt":"2023-10-09T10:15:00+08:00","deadline":"2023-10-23T10:15:00+08:00",
                          "overdue":true,"version":3,"availableActions":["ACCEPT","REJECT"]}],
                         "page":0,"size":50,"total":1}""".formatted(ID))));

        Document page = Jsoup.parse(
                given().get("/inbox").then().statusCode(200).extract().asString());

        assertThat(page.select("#inbox-table tbody tr.overdue")).hasSize(1);
        assertThat(page.select("#inbox-table tbody tr").text()).contains("省市场监管局", "2023年10月23日 10:15", "已超期", "受理、驳回");
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-reviewer"},
            augmentors = UserToken.class)
    void theDetailShowsTheAuditTrailAndOnlyTheActionsTheApiOffers() {
        Document page = Jsoup.parse(
                given().get("/requests/" + ID).then().statusCode(200).extract().asString());

        assertThat(page.select("#history tbody tr")).hasSize(1);
        assertThat(page.select("#history").text()).contains("提交", "scjg", "2023年10月9日 10:15");
        assertThat(page.select("form.act button").eachAttr("value")).containsExactly("ACCEPT", "REJECT");
        assertThat(page.select("label[for=comment]").text()).contains("驳回时必填");
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-reviewer"},
            augmentors = UserToken.class)
    void anActionIsTakenWithIfMatchAndLeadsBackToTheRequest() {
        stub(post(urlPathEqualTo("/api/v1/share-requests/" + ID + "/accept"))
                .withHeader("If-Match", equalTo("\"3\""))
                .willReturn(json(DETAIL)));

        String location = given().contentType(Stubs.FORM)
                .redirects()
                .follow(false)
                .formParam("action", "ACCEPT")
                .formParam("version", "3")
                .formParam("comment", "")
                .post("/requests/" + ID)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");

        assertThat(location).endsWith("/requests/" + ID + "?done=ACCEPT");
        Services.server()
                .verify(postRequestedFor(urlPathEqualTo("/api/v1/share-requests/" + ID + "/accept"))
                        .withHeader("Authorization", equalTo("Bearer token-zwfw"))
                        .withRequestBody(equalToJson("{}")));
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-reviewer"},
            augmentors = UserToken.class)
    void aRejectionWithoutReasonShowsTheChineseMessageNextToTheField() {
        stub(post(urlPathEqualTo("/api/v1/share-requests/" + ID + "/reject")).willReturn(problem(400, """
                        {"type":"https://govshare.io/problems/validation","title":"输入无效","status":400,
                         "detail":"1 个字段无效","errors":[{"field":"comment","message":"驳回必须填写理由"}]}""")));

        Document page = Jsoup.parse(given().contentType(Stubs.FORM)
                .formParam("action", "REJECT")
                .formParam("version", "3")
                .formParam("comment", "")
                .post("/requests/" + ID)
                .then()
                .statusCode(400)
                .extract()
                .asString());

        assertThat(page.getElementById("comment-error").text()).isEqualTo("驳回必须填写理由");
        assertThat(page.getElementById("comment").attr("aria-describedby")).isEqualTo("comment-error");
        assertThat(page.getElementById("problem-detail").text()).isEqualTo("1 个字段无效");
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-reviewer"},
            augmentors = UserToken.class)
    void aConflictNamesTheCurrentStatus() {
        stub(post(urlPathEqualTo("/api/v1/share-requests/" + ID + "/accept")).willReturn(problem(409, """
                        {"type":"https://govshare.io/problems/invalid-transition","title":"状态不允许","status":409,
                         "detail":"当前状态不允许受理","currentStatus":"ACCEPTED","availableActions":["REVIEW"]}""")));

        Document page = Jsoup.parse(given().contentType(Stubs.FORM)
                .formParam("action", "ACCEPT")
                .formParam("version", "3")
                .post("/requests/" + ID)
                .then()
                .statusCode(409)
                .extract()
                .asString());

        assertThat(page.getElementById("problem-detail").text()).isEqualTo("当前状态不允许受理（当前状态：已受理）");
    }

    @Test
    void aFormPostedAfterTheSessionEndedKeepsWhatWasTypedThroughTheLogin() {
        var answer = given().contentType(Stubs.FORM)
                .redirects()
                .follow(false)
                .cookie("q_session", "expired")
                .formParam("action", "REJECT")
                .formParam("version", "3")
                .formParam("comment", "资料不全")
                .post("/requests/" + ID)
                .then()
                .statusCode(303)
                .extract();

        assertThat(answer.header("Location"))
                .endsWith("/requests/" + ID + "?expired=1&draft=%E8%B5%84%E6%96%99%E4%B8%8D%E5%85%A8");
        assertThat(answer.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("q_session=;"));
        assertThat(Services.server().findAll(postRequestedFor(urlPathMatching("/api/.*"))))
                .isEmpty();
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-reviewer"},
            augmentors = UserToken.class)
    void theKeptDraftIsBackInTheForm() {
        Document page = Jsoup.parse(given().get("/requests/" + ID + "?expired=1&draft=资料不全")
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(page.getElementById("comment").text()).isEqualTo("资料不全");
        assertThat(page.getElementById("expired")).isNotNull();
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-reviewer"},
            augmentors = UserToken.class)
    void aFormFromAnotherSiteIsRefused() {
        given().contentType(Stubs.FORM)
                .header("Origin", "https://evil.example")
                .formParam("action", "ACCEPT")
                .post("/requests/" + ID)
                .then()
                .statusCode(403);
        given().contentType(Stubs.FORM)
                .header("Sec-Fetch-Site", "cross-site")
                .formParam("action", "ACCEPT")
                .post("/requests/" + ID)
                .then()
                .statusCode(403);
        assertThat(Services.server().findAll(postRequestedFor(urlPathMatching("/api/.*"))))
                .isEmpty();
    }

    @Test
    @TestSecurity(
            user = "zwfw",
            roles = {"dept-reviewer"},
            augmentors = UserToken.class)
    void aBadIdIsA400PageWithoutAnyCall() {
        String html = given().get("/requests/not-a-uuid")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(Jsoup.parse(html).getElementById("problem-detail").text()).isNotBlank();
        assertThat(Services.server()
                        .findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                                urlPathMatching("/api/v1/share-requests.*"))))
                .isEmpty();
    }
}
