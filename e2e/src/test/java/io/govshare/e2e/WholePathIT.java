package io.govshare.e2e;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static io.govshare.e2e.ExchangeBatch.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The whole path through the real stack, in the current month (where live actions are counted): 省政务服务中心
 * applies, 省市场监管局 accepts, reviews and signs; an unconditional resource is auto-approved; a rejected request is
 * resubmitted and withdrawn; the exchange gateway posts records; the month's report is built. The month also holds
 * what earlier runs did, so every figure is checked as the difference between before and after this run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholePathIT {

    private final String month = Stack.currentMonth().toString();
    private final Figures before = new Figures(this.month);
    private long callsPosted;
    private long providerCallsPosted;
    private long cityProvided;
    private long cityUsed;
    private long nationalProvided;

    @BeforeAll
    void before() {
        Fixtures.ensure();
        this.before.read();
    }

    @Test
    @Order(1)
    void departmentSubmits_providerAcceptsReviewsAndSigns() {
        JsonPath submitted = Workflow.submit(Caller.ZWFW, Fixtures.CONDITIONAL, "企业开办一件事：核验企业登记信息");
        String id = submitted.getString("id");
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("applicantOrg")).isEqualTo(Fixtures.APPLICANT_ORG);
        assertThat(submitted.getString("providerOrg")).isEqualTo(Fixtures.PROVIDER_ORG);
        assertThat(submitted.getString("channel")).isEqualTo("PROVINCIAL");
        assertThat(submitted.getBoolean("overdue")).isFalse();
        assertThat(ZonedDateTime.parse(submitted.getString("deadline")))
                .isAfter(ZonedDateTime.parse(submitted.getString("submittedAt")));

        assertThat(Workflow.act(Caller.SCJG_REVIEWER, id, "accept", "受理").getString("status"))
                .isEqualTo("ACCEPTED");
        assertThat(Workflow.act(Caller.SCJG_REVIEWER, id, "review", "审核通过").getString("status"))
                .isEqualTo("REVIEWED");
        JsonPath signed = Workflow.act(Caller.SCJG_SIGNER, id, "sign", "同意共享");
        assertThat(signed.getString("status")).isEqualTo("SIGNED");
        assertThat(signed.getList("history.action")).containsExactly("SUBMIT", "ACCEPT", "REVIEW", "SIGN");
        assertThat(signed.getList("history.to")).containsExactly("SUBMITTED", "ACCEPTED", "REVIEWED", "SIGNED");
        assertThat(signed.getList("history.actorOrg"))
                .containsExactly(
                        Fixtures.APPLICANT_ORG, Fixtures.PROVIDER_ORG, Fixtures.PROVIDER_ORG, Fixtures.PROVIDER_ORG);
        assertThat(signed.getList("history.actorUser"))
                .containsExactly("zwfw", "scjg-reviewer", "scjg-reviewer", "scjg-signer");
        assertThat(signed.getList("availableActions")).isEmpty();

        // the applicant sees the outcome; a third department does not even see that the request exists
        Api.requests(Caller.ZWFW).get("/api/v1/share-requests/" + id).then().statusCode(200);
        Api.requests(Caller.DSJ).get("/api/v1/share-requests/" + id).then().statusCode(404);
    }

    @Test
    @Order(2)
    void unconditionalResourceIsAutoApprovedWithoutAHumanStep() {
        JsonPath request = Workflow.submit(Caller.ZWFW_USER, Fixtures.UNCONDITIONAL, "企业名录比对");
        assertThat(request.getString("status")).isEqualTo("AUTO_APPROVED");
        List<String> to = request.getList("history.to");
        assertThat(to).startsWith("SUBMITTED").endsWith("AUTO_APPROVED");
        // no human step: nobody of the provider acted
        assertThat(request.getList("history.actorOrg")).doesNotContain(Fixtures.PROVIDER_ORG);
        assertThat(request.getList("availableActions")).isEmpty();
    }

    @Test
    @Order(3)
    void notShareableResourceIsRefusedAndNothingIsStored() {
        long mine = countOfTheMonth();
        Api.requests(Caller.ZWFW)
                .body(Map.of("resourceCode", Fixtures.NOT_SHAREABLE, "purpose", "内部核查"))
                .post("/api/v1/share-requests")
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"));
        assertThat(countOfTheMonth()).isEqualTo(mine);
    }

    @Test
    @Order(4)
    void rejectionAtReviewNeedsAReason_theApplicantResubmitsAndWithdraws() {
        String id =
                Workflow.submit(Caller.ZWFW, Fixtures.CONDITIONAL, "市场主体信用核查").getString("id");
        Workflow.act(Caller.SCJG, id, "accept", "受理");
        Api.requests(Caller.SCJG)
                .body(Map.of())
                .post("/api/v1/share-requests/" + id + "/reject")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(containsString("comment")));
        JsonPath rejected = Workflow.act(Caller.SCJG, id, "reject", "申请用途与所需字段不符");
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("rejectedAt")).isEqualTo("REVIEW");

        // docs/api.md gives resubmit no body: a plain POST without one (and without a Content-Type)
        JsonPath resubmitted = JsonPath.from(
                Api.postWithoutBody(Caller.ZWFW, Stack.REQUESTS, "/api/v1/share-requests/" + id + "/resubmit", 201));
        assertThat(resubmitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(resubmitted.getString("resubmissionOf")).isEqualTo(id);
        assertThat(resubmitted.getString("id")).isNotEqualTo(id);
        assertThat(Workflow.act(Caller.ZWFW, resubmitted.getString("id"), "withdraw", "需求已变更")
                        .getString("status"))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    @Order(5)
    void anIllegalMoveIsAConflictThatNamesWhatIsPossible() {
        String id = Workflow.submit(Caller.ZWFW, Fixtures.CONDITIONAL, "待受理的申请").getString("id");
        Api.requests(Caller.SCJG)
                .body(Map.of("comment", "直接签发"))
                .post("/api/v1/share-requests/" + id + "/sign")
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("currentStatus", equalTo("SUBMITTED"))
                .body("availableActions", hasItem("ACCEPT"));
    }

    @Test
    @Order(6)
    void aNationalResourceGoesThroughTheNationalZone() {
        JsonPath request = Workflow.submit(Caller.ZWFW, Fixtures.NATIONAL_RESOURCE, "国家数据直达基层");
        assertThat(request.getString("channel")).isEqualTo("NATIONAL_ZONE");
        assertThat(request.getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    @Order(7)
    void requestStatisticsOfTheMonthCountWhatWasDone() {
        JsonPath now = Figures.requestStats(this.month);
        var was = this.before.requests;
        // six requests: signed, auto-approved, rejected at REVIEW, its withdrawn resubmission, two pending
        assertThat(delta(now, was, "submitted")).isEqualTo(6);
        assertThat(delta(now, was, "signed")).isEqualTo(1);
        assertThat(delta(now, was, "unconditional")).isEqualTo(1);
        assertThat(delta(now, was, "rejected")).isEqualTo(1);
        assertThat(delta(now, was, "rejectedByNode.REVIEW")).isEqualTo(1);
        assertThat(delta(now, was, "withdrawn")).isEqualTo(1);
        assertThat(delta(now, was, "pending")).isEqualTo(2);
        assertThat(delta(now, was, "decided")).isEqualTo(2);
        JsonPath national = Figures.national(this.month);
        assertThat(national.getLong("total") - this.before.national.getLong("total"))
                .isEqualTo(1);
        assertThat(Figures.responded(Figures.timeliness(this.month), Fixtures.PROVIDER_ORG)
                        - Figures.responded(this.before.timeliness, Fixtures.PROVIDER_ORG))
                .as("responses of 省市场监管局 (the accepts of the signed and the rejected request)")
                .isEqualTo(2);
    }

    @Test
    @Order(8)
    void theGatewayPostsExchangeRecords_eachCountedOnce() {
        String at = ExchangeBatch.thisMonth();
        long big = 1_000_000 + (System.currentTimeMillis() % 1000);
        List<Map<String, Object>> batch = List.of(
                record(at, Fixtures.E2E_PROVIDER, Fixtures.E2E_CONSUMER, Fixtures.E2E_PROVIDER_RESOURCE, big),
                record(at, Fixtures.E2E_CONSUMER, Fixtures.E2E_PROVIDER, null, 3),
                record(at, Fixtures.E2E_PROVIDER, Fixtures.E2E_CITY_BODY, Fixtures.E2E_PROVIDER_RESOURCE, 7),
                record(at, Fixtures.E2E_CITY_BODY, Fixtures.APPLICANT_ORG, null, 11),
                record(at, Fixtures.E2E_MINISTRY, Fixtures.E2E_CONSUMER, Fixtures.NATIONAL_RESOURCE, 5));
        post("application/json", batch)
                .body("received", equalTo(5))
                .body("stored", equalTo(5))
                .body("duplicates", equalTo(0));
        post("application/json", batch)
                .body("received", equalTo(5))
                .body("stored", equalTo(0))
                .body("duplicates", equalTo(5));

        // a batch with one bad record is refused whole: its good record is stored by the next batch, not now
        Map<String, Object> good = record(at, Fixtures.E2E_PROVIDER, Fixtures.E2E_CONSUMER, null, 13);
        Api.exchange(Caller.GATEWAY)
                .body(List.of(good, record(at, Fixtures.E2E_PROVIDER, Fixtures.E2E_CONSUMER, null, 0)))
                .post("/api/v1/exchange-records")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors", not(empty()));
        post("application/x-ndjson", List.of(good, record(at, Fixtures.E2E_CONSUMER, Fixtures.E2E_CITY_BODY, null, 17)))
                .body("stored", equalTo(2));
        post(
                        "text/csv",
                        List.of(record(
                                at, Fixtures.E2E_PROVIDER, Fixtures.OTHER_ORG, Fixtures.E2E_PROVIDER_RESOURCE, 19)))
                .body("stored", equalTo(1));

        this.providerCallsPosted = big + 7 + 13 + 19;
        this.callsPosted = this.providerCallsPosted + 3 + 11 + 5 + 17;
        this.cityProvided = 11;
        this.cityUsed = 7 + 17;
        this.nationalProvided = 5;
    }

    @Test
    @Order(9)
    void exchangeStatisticsOfTheMonthCountEachCallOnce() {
        JsonPath now = Figures.exchangeSummary(this.month);
        var was = this.before.exchange;
        assertThat(delta(now, was, "total")).isEqualTo(this.callsPosted);
        assertThat(delta(now, was, "provided.NATIONAL")).isEqualTo(this.nationalProvided);
        assertThat(delta(now, was, "provided.PREFECTURE")).isEqualTo(this.cityProvided);
        assertThat(delta(now, was, "provided.PROVINCIAL"))
                .isEqualTo(this.callsPosted - this.cityProvided - this.nationalProvided);
        assertThat(delta(now, was, "used.PREFECTURE")).isEqualTo(this.cityUsed);
        assertThat(delta(now, was, "used.PROVINCIAL")).isEqualTo(this.callsPosted - this.cityUsed);

        JsonPath provider = Figures.organization(Fixtures.E2E_PROVIDER, this.month);
        assertThat(provider.getLong("provided") - this.before.provider.getLong("provided"))
                .isEqualTo(this.providerCallsPosted);
        List<Map<String, Object>> top = Figures.ranking(this.month, "PROVIDER");
        assertThat(top.get(0)).containsEntry("rank", 1);
        assertThat(Rows.code(top.get(0))).isEqualTo(Fixtures.E2E_PROVIDER);
        assertThat(((Number) top.get(0).get("calls")).longValue()).isEqualTo(provider.getLong("provided"));
        assertThat(Figures.regionCalls(Figures.regions(this.month, "PROVIDER"), Fixtures.REGION)
                        - Figures.regionCalls(this.before.regionsProvided, Fixtures.REGION))
                .isEqualTo(this.cityProvided);
        assertThat(Figures.regions(this.month, "CONSUMER")).hasSize(this.before.regionsUsed.size());
    }

    @Test
    @Order(10)
    void theReportOfTheMonthShowsWhatWasDone() {
        JsonPath report = Figures.buildReport(this.month);
        JsonPath was = this.before.report;
        assertThat(report.getInt("version")).isGreaterThan(was.getInt("version"));
        assertThat(report.getString("status")).isEqualTo("DRAFT");
        assertThat(delta(report, was, "figures.requests.submitted")).isEqualTo(6);
        assertThat(delta(report, was, "figures.requests.signed")).isEqualTo(1);
        assertThat(delta(report, was, "figures.requests.unconditional")).isEqualTo(1);
        assertThat(delta(report, was, "figures.requests.rejected")).isEqualTo(1);
        assertThat(delta(report, was, "figures.requests.withdrawn")).isEqualTo(1);
        assertThat(delta(report, was, "figures.requests.pending")).isEqualTo(2);
        assertThat(delta(report, was, "figures.exchange.summary.total")).isEqualTo(this.callsPosted);
        assertThat(delta(report, was, "figures.national.applications.total")).isEqualTo(1);
        List<Map<String, Object>> top = report.getList("figures.exchange.topProviders");
        assertThat(Rows.code(top.get(0))).isEqualTo(Fixtures.E2E_PROVIDER);
        JsonPath provider = Figures.organization(Fixtures.E2E_PROVIDER, this.month);
        assertThat(Rows.calls(top.get(0))).isEqualTo(provider.getLong("provided"));
        List<Map<String, Object>> checks = report.getList("checks");
        assertThat(checks)
                .allSatisfy(check -> assertThat(check.get("ok")).as("%s", check).isEqualTo(true));

        String md = ReportText.normalize(Api.report(Caller.EDITOR)
                .queryParam("format", "md")
                .get("/api/v1/reports/" + this.month)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(md)
                .contains("发起数据共享申请" + report.getLong("figures.requests.submitted") + "次")
                .contains("|1|端到端测试提供单位|" + Reference.wan(provider.getLong("provided")) + "|");
    }

    @AfterAll
    void sameMonthThroughout() {
        assertThat(Stack.currentMonth().toString())
                .as("the run crossed the end of a month (Asia/Shanghai); its deltas mix two months: run it again")
                .isEqualTo(this.month);
    }

    private long countOfTheMonth() {
        return Api.requests(Caller.ZWFW)
                .queryParam("providerOrg", Fixtures.PROVIDER_ORG)
                .queryParam("month", this.month)
                .get("/api/v1/share-requests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    private static long delta(JsonPath now, JsonPath was, String path) {
        return now.getLong(path) - was.getLong(path);
    }

    /** Posts a batch as the gateway, as JSON array, NDJSON or CSV. */
    private static ValidatableResponse post(String contentType, List<Map<String, Object>> records) {
        Object body = switch (contentType) {
            case "application/x-ndjson" -> ExchangeBatch.ndjson(records);
            case "text/csv" -> ExchangeBatch.csv(records);
            default -> records;
        };
        return Api.as(Caller.GATEWAY, Stack.EXCHANGE)
                .contentType(contentType)
                .accept("application/json")
                .body(body)
                .post("/api/v1/exchange-records")
                .then()
                .statusCode(both(greaterThanOrEqualTo(200)).and(lessThan(300)));
    }
}
