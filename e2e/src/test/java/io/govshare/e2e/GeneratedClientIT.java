package io.govshare.e2e;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.govshare.e2e.client.ApiClient;
import io.govshare.e2e.client.ApiException;
import io.govshare.e2e.client.api.ExchangeRecordsApi;
import io.govshare.e2e.client.api.ExchangeStatisticsApi;
import io.govshare.e2e.client.api.MeApi;
import io.govshare.e2e.client.api.ReportsApi;
import io.govshare.e2e.client.api.RequestStatisticsApi;
import io.govshare.e2e.client.api.ShareRequestWorkflowApi;
import io.govshare.e2e.client.api.ShareRequestsApi;
import io.govshare.e2e.client.model.ExchangeIngestResult;
import io.govshare.e2e.client.model.ExchangeRecord;
import io.govshare.e2e.client.model.ExchangeSummary;
import io.govshare.e2e.client.model.Me;
import io.govshare.e2e.client.model.ReportCaseBody;
import io.govshare.e2e.client.model.ReportContentBody;
import io.govshare.e2e.client.model.ReportPublishBody;
import io.govshare.e2e.client.model.ReportStatus;
import io.govshare.e2e.client.model.ReportSummaryView;
import io.govshare.e2e.client.model.ReportView;
import io.govshare.e2e.client.model.RequestStatistics;
import io.govshare.e2e.client.model.ResponseTimeliness;
import io.govshare.e2e.client.model.ShareRequest;
import io.govshare.e2e.client.model.ShareRequestAction;
import io.govshare.e2e.client.model.ShareRequestComment;
import io.govshare.e2e.client.model.ShareRequestPage;
import io.govshare.e2e.client.model.ShareRequestStatus;
import io.govshare.e2e.client.model.ShareRequestSubmission;
import io.govshare.e2e.client.model.ShareRequestSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal's view of the contract (docs/api.md, "The contract as a document"): a Java client generated at build
 * time from the platform's one OpenAPI document drives the month's whole path, a department's self-service and the
 * report, with no hand-written request or response class. The generated models refuse members the document does
 * not describe, so an answer that does not fit the document fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String month = Stack.currentMonth().toString();

    @BeforeAll
    void fixtures() {
        Fixtures.ensure();
    }

    /** A client of one service with one caller's token. */
    private static ApiClient client(String service, Caller caller) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Stack.url(service));
        String token = Tokens.of(caller);
        client.setRequestInterceptor(
                request -> request.header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN"));
        return client;
    }

    private static ShareRequestsApi requests(Caller caller) {
        return new ShareRequestsApi(client(Stack.REQUESTS, caller));
    }

    private static ShareRequestWorkflowApi workflow(Caller caller) {
        return new ShareRequestWorkflowApi(client(Stack.REQUESTS, caller));
    }

    private static RequestStatistics platformStats(String month) throws ApiException {
        return new RequestStatisticsApi(client(Stack.REQUESTS, Caller.ADMIN)).getShareRequestStatistics(month, null);
    }

    private ShareRequest submit(Caller caller, String resource) throws ApiException {
        return requests(caller)
                .submitShareRequest(new ShareRequestSubmission()
                        .resourceCode(resource)
                        .purpose("生成的客户端：企业开办一件事")
                        .legalBasis("《优化营商环境条例》"));
    }

    private static String etag(ShareRequest request) {
        return "\"" + request.getVersion() + "\"";
    }

    private static ShareRequestComment comment(String text) {
        return new ShareRequestComment().comment(text);
    }

    @Test
    @Order(1)
    void theMonthsWholePath() throws ApiException {
        RequestStatistics before = platformStats(this.month);
        ExchangeSummary exchangeBefore =
                new ExchangeStatisticsApi(client(Stack.EXCHANGE, Caller.ADMIN)).getExchangeSummary(this.month);

        // applied for, accepted, reviewed and signed, each action with the version read
        ShareRequest applied = submit(Caller.ZWFW, Fixtures.CONDITIONAL);
        assertThat(applied.getStatus()).isEqualTo(ShareRequestStatus.SUBMITTED);
        assertThat(applied.getApplicantOrg()).isEqualTo("gz.zwfwzx");
        ShareRequest accepted =
                workflow(Caller.SCJG_REVIEWER).acceptShareRequest(applied.getId(), comment("已受理"), etag(applied));
        ShareRequest reviewed =
                workflow(Caller.SCJG_REVIEWER).reviewShareRequest(accepted.getId(), comment("审核通过"), etag(accepted));
        ShareRequest signed =
                workflow(Caller.SCJG_SIGNER).signShareRequest(reviewed.getId(), comment("同意共享"), etag(reviewed));
        assertThat(signed.getStatus()).isEqualTo(ShareRequestStatus.SIGNED);
        assertThat(requests(Caller.ZWFW).getShareRequest(signed.getId()).getHistory())
                .hasSize(4);

        // an unconditional resource is approved at once; a NOT_SHAREABLE one is refused with a problem
        assertThat(submit(Caller.ZWFW, Fixtures.UNCONDITIONAL).getStatus()).isEqualTo(ShareRequestStatus.AUTO_APPROVED);
        assertThatThrownBy(() -> submit(Caller.ZWFW, Fixtures.NOT_SHAREABLE))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(problemType(e)).isEqualTo("https://govshare.io/problems/not-shareable");
                });

        // rejected with a reason, resubmitted, the resubmission withdrawn
        ShareRequest second = submit(Caller.ZWFW, Fixtures.CONDITIONAL);
        ShareRequest rejected =
                workflow(Caller.SCJG_REVIEWER).rejectShareRequest(second.getId(), comment("用途与资源范围不符"), etag(second));
        assertThat(rejected.getStatus()).isEqualTo(ShareRequestStatus.REJECTED);
        ShareRequest resubmitted = workflow(Caller.ZWFW).resubmitShareRequest(rejected.getId(), comment("补充了用途"));
        assertThat(resubmitted.getResubmissionOf()).isEqualTo(rejected.getId());
        ShareRequest withdrawn =
                workflow(Caller.ZWFW).withdrawShareRequest(resubmitted.getId(), comment("不再需要"), etag(resubmitted));
        assertThat(withdrawn.getStatus()).isEqualTo(ShareRequestStatus.WITHDRAWN);

        // an illegal move is a 409 naming what can be done
        assertThatThrownBy(() -> workflow(Caller.SCJG_SIGNER).signShareRequest(signed.getId(), comment("再签一次"), null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));

        // the gateway's records, one of them twice
        String at = ZonedDateTime.now(Stack.ZONE)
                .withDayOfMonth(1)
                .plusHours(10)
                .toOffsetDateTime()
                .toString();
        String id = "gen-client-" + UUID.randomUUID();
        List<ExchangeRecord> batch =
                List.of(record(id + "-1", at, 700), record(id + "-2", at, 300), record(id + "-1", at, 700));
        ExchangeIngestResult ingested =
                new ExchangeRecordsApi(client(Stack.EXCHANGE, Caller.GATEWAY)).postExchangeRecords(batch);
        assertThat(ingested.getReceived()).isEqualTo(3);
        assertThat(ingested.getStored()).isEqualTo(2);
        assertThat(ingested.getDuplicates()).isEqualTo(1);

        // the figures moved by exactly what this test did
        RequestStatistics after = platformStats(this.month);
        assertThat(after.getSubmitted() - before.getSubmitted()).isEqualTo(4);
        assertThat(after.getSigned() - before.getSigned()).isEqualTo(1);
        assertThat(after.getRejected() - before.getRejected()).isEqualTo(1);
        assertThat(after.getUnconditional() - before.getUnconditional()).isEqualTo(1);
        assertThat(after.getWithdrawn() - before.getWithdrawn()).isEqualTo(1);
        ExchangeSummary exchangeAfter =
                new ExchangeStatisticsApi(client(Stack.EXCHANGE, Caller.ADMIN)).getExchangeSummary(this.month);
        assertThat(exchangeAfter.getTotal() - exchangeBefore.getTotal()).isEqualTo(1000);

        // the month's report, built through the client, tells the same figures
        ReportView report = new ReportsApi(client(Stack.REPORT, Caller.EDITOR)).buildReport(this.month);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
        JsonNode figures = JSON.valueToTree(report.getFigures());
        assertThat(figures.path("requests").path("submitted").asLong()).isEqualTo(after.getSubmitted());
        assertThat(figures.path("exchange").path("summary").path("total").asLong())
                .isEqualTo(exchangeAfter.getTotal());
        assertThat(report.getProvenance()).isNotEmpty();
    }

    @Test
    @Order(2)
    void aDepartmentServesItself() throws ApiException {
        // who am I
        Me me = new MeApi(client(Stack.CATALOG, Caller.SCJG_REVIEWER)).getMe();
        assertThat(me.getOrg().getCode()).isEqualTo("gz.scjgj");
        assertThat(me.getRoles()).contains("dept-reviewer");

        // its inbox: a new application appears with the actions the reviewer may take, sorted by deadline
        ShareRequest applied = submit(Caller.ZWFW, Fixtures.CONDITIONAL);
        ShareRequestSummary item = inbox(Caller.SCJG_REVIEWER).getItems().stream()
                .filter(i -> i.getId().equals(applied.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the new application is not in 省市场监管局's inbox"));
        assertThat(item.getAvailableActions()).contains(ShareRequestAction.ACCEPT, ShareRequestAction.REJECT);
        assertThat(item.getDeadline()).isAfter(OffsetDateTime.now().minusMinutes(1));
        List<OffsetDateTime> deadlines = inbox(Caller.SCJG_REVIEWER).getItems().stream()
                .map(ShareRequestSummary::getDeadline)
                .toList();
        assertThat(deadlines).isSorted();
        assertThat(inbox(Caller.ZWFW).getItems()).noneMatch(i -> i.getId().equals(applied.getId()));
        assertThat(inbox(Caller.DSJ).getItems()).noneMatch(i -> i.getId().equals(applied.getId()));

        // it acts from its inbox; the request leaves the reviewer's inbox for the signer's once reviewed
        ShareRequest accepted = workflow(Caller.SCJG_REVIEWER)
                .acceptShareRequest(applied.getId(), comment("已受理"), "\"" + item.getVersion() + "\"");
        ShareRequest reviewed =
                workflow(Caller.SCJG_REVIEWER).reviewShareRequest(accepted.getId(), comment("审核通过"), etag(accepted));
        assertThat(inbox(Caller.SCJG_REVIEWER).getItems())
                .noneMatch(i -> i.getId().equals(reviewed.getId()));
        assertThat(inbox(Caller.SCJG_SIGNER).getItems()).anyMatch(i -> i.getId().equals(reviewed.getId()));

        // its own figures, not another organization's
        RequestStatistics own = new RequestStatisticsApi(client(Stack.REQUESTS, Caller.SCJG))
                .getShareRequestStatistics(this.month, "gz.scjgj");
        assertThat(own.getOrg()).isEqualTo("gz.scjgj");
        assertThat(own.getSubmitted())
                .as("the platform's counts are not a department's")
                .isNull();
        assertThat(own.getAsProvider().getSubmitted()).isPositive();
        List<ResponseTimeliness> row = new RequestStatisticsApi(client(Stack.REQUESTS, Caller.SCJG))
                .getResponseTimeliness(this.month, "gz.scjgj");
        assertThat(row).allSatisfy(r -> assertThat(r.getProviderOrg()).isEqualTo("gz.scjgj"));
        assertThatThrownBy(() -> new RequestStatisticsApi(client(Stack.REQUESTS, Caller.SCJG))
                        .getShareRequestStatistics(this.month, "gz.zwfwzx"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThat(new ExchangeStatisticsApi(client(Stack.EXCHANGE, Caller.SCJG_SIGNER))
                        .getOrganizationExchangeFigures("gz.scjgj", null, "2023-10", null)
                        .getOrgCode())
                .isEqualTo("gz.scjgj");
    }

    @Test
    @Order(3)
    void aPublishedReportIsReadByDepartmentsAndADraftIsNot() throws ApiException {
        ReportsApi editor = new ReportsApi(client(Stack.REPORT, Caller.EDITOR));
        String reportMonth = unusedReportMonth(editor);
        editor.putReportContent(
                reportMonth,
                new ReportContentBody()
                        .cases(List.of(new ReportCaseBody().title("生成的客户端案例").paragraphs(List.of("端到端测试所用的月报内容。")))));
        ReportView built = editor.buildReport(reportMonth);
        assertThat(built.getVersion()).isEqualTo(1);
        ReportView published = editor.publishReport(
                reportMonth, new ReportPublishBody().override(true).reason("端到端测试：生成的客户端"));
        assertThat(published.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        ReportView draft = editor.buildReport(reportMonth);
        assertThat(draft.getVersion()).isEqualTo(2);

        ReportsApi department = new ReportsApi(client(Stack.REPORT, Caller.ZWFW));
        List<ReportSummaryView> listed = department.listReports(reportMonth);
        assertThat(listed).extracting(ReportSummaryView::getVersion).containsExactly(1);
        assertThat(listed).allMatch(r -> r.getStatus() == ReportStatus.PUBLISHED);
        ReportView read = department.getReport(reportMonth, "json", null);
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        assertThatThrownBy(() -> department.getReport(reportMonth, "json", 2))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    private ShareRequestPage inbox(Caller caller) throws ApiException {
        return requests(caller).listShareRequests(true, null, null, null, null, 0, null, 500, "deadline", null);
    }

    private static ExchangeRecord record(String id, String at, long calls) {
        return new ExchangeRecord()
                .id(id)
                .occurredAt(OffsetDateTime.parse(at))
                .providerOrg(Fixtures.E2E_PROVIDER)
                .consumerOrg(Fixtures.E2E_CONSUMER)
                .calls(calls);
    }

    /** A month from 1970 to 1998 that has no report yet (the e2e tests' report months). */
    private static String unusedReportMonth(ReportsApi editor) throws ApiException {
        for (int attempt = 0; attempt < 50; attempt++) {
            String candidate = YearMonth.of(1970, 1)
                    .plusMonths(ThreadLocalRandom.current().nextInt(29 * 12))
                    .toString();
            if (editor.listReports(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new AssertionError("no unused report month found");
    }

    private static String problemType(ApiException e) {
        try {
            return JSON.readTree(e.getResponseBody()).path("type").asText();
        } catch (java.io.IOException io) {
            throw new AssertionError(e.getResponseBody(), io);
        }
    }
}
