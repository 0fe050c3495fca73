package io.govshare.request.api;

import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogStub;
import io.govshare.request.CatalogWireMock;

import static io.govshare.request.api.ImportItems.batch;
import static io.govshare.request.api.ImportItems.event;
import static io.govshare.request.api.ImportItems.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

/**
 * Departments serve themselves (docs/security.md): an organization's own request statistics of a month, as applicant
 * and as provider, and its own timeliness row with its rank among all providers; another organization's figures are
 * refused. The histories lie in 2025-07, a month no other test uses.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnFiguresTest {

    private static final String MONTH = "2025-07";
    private static final String STATS = "/api/v1/share-requests/stats";
    private static final String TIMELINESS = "/api/v1/share-requests/timeliness";
    private static final String NOT_PERMITTED = "https://govshare.io/problems/not-permitted";
    private static final String FORBIDDEN = "https://govshare.io/problems/forbidden";

    /** The organization whose figures are asked for; it applies to {@link #other} and provides to it. */
    private String own;

    private String other;

    /** Once per class; in @BeforeEach because RestAssured knows the test port only from then on. */
    @BeforeEach
    void importTheMonthOnce() {
        if (this.other != null) {
            return;
        }
        CatalogStub catalog = CatalogStub.running();
        String x = CatalogStub.uniqueCode("own");
        String own = catalog.organization("PROVINCIAL");
        String other = catalog.organization("PREFECTURE");
        String ofOwn = catalog.resource(own, "CONDITIONAL");
        String ofOther = catalog.resource(other, "CONDITIONAL");
        String unconditional = catalog.resource(other, "UNCONDITIONAL");
        ImportItems.post(batch(List.of(
                        // as applicant: signed, rejected at REVIEW, withdrawn, automatic, pending at the end of July
                        item(
                                x + "-1",
                                own,
                                ofOther,
                                event("SUBMIT", "2025-07-01T09:00:00+08:00"),
                                event("ACCEPT", "2025-07-01T10:00:00+08:00"),
                                event("REVIEW", "2025-07-02T10:00:00+08:00"),
                                event("SIGN", "2025-07-03T10:00:00+08:00")),
                        item(
                                x + "-2",
                                own,
                                ofOther,
                                event("SUBMIT", "2025-07-04T09:00:00+08:00"),
                                event("ACCEPT", "2025-07-07T14:00:00+08:00"),
                                event("REJECT", "2025-07-08T10:00:00+08:00")),
                        item(
                                x + "-3",
                                own,
                                ofOther,
                                event("SUBMIT", "2025-07-09T09:00:00+08:00"),
                                event("WITHDRAW", "2025-07-09T10:00:00+08:00")),
                        item(x + "-4", own, unconditional, event("SUBMIT", "2025-07-10T09:00:00+08:00")),
                        item(
                                x + "-5",
                                own,
                                ofOther,
                                event("SUBMIT", "2025-07-31T09:00:00+08:00"),
                                event("ACCEPT", "2025-08-01T09:00:00+08:00")),
                        // as provider: rejected at ACCEPT after 2 h, accepted after 4 h and still pending
                        item(
                                x + "-6",
                                other,
                                ofOwn,
                                event("SUBMIT", "2025-07-14T09:00:00+08:00"),
                                event("REJECT", "2025-07-14T11:00:00+08:00")),
                        item(
                                x + "-7",
                                other,
                                ofOwn,
                                event("SUBMIT", "2025-07-15T09:00:00+08:00"),
                                event("ACCEPT", "2025-07-15T13:00:00+08:00")))))
                .statusCode(200)
                .body("imported", equalTo(7));
        this.own = own;
        this.other = other;
    }

    private static ValidatableResponse ask(String token, String path, String param, String org) {
        return given().auth()
                .oauth2(token)
                .queryParam("month", MONTH)
                .queryParam(param, org)
                .get(path)
                .then();
    }

    @Test
    void aDepartmentReadsItsOwnFigures_asApplicantAndAsProvider() {
        ask(Tokens.department(this.own, "dept-user"), STATS, "org", this.own)
                .statusCode(200)
                .body("month", equalTo(MONTH))
                .body("org", equalTo(this.own))
                .body("asApplicant.submitted", equalTo(5))
                .body("asApplicant.signed", equalTo(1))
                .body("asApplicant.rejected", equalTo(1))
                .body("asApplicant.rejectedByNode.REVIEW", equalTo(1))
                .body("asApplicant.decided", equalTo(2))
                .body("asApplicant.withdrawn", equalTo(1))
                .body("asApplicant.unconditional", equalTo(1))
                .body("asApplicant.pending", equalTo(1))
                .body("asProvider.submitted", equalTo(2))
                .body("asProvider.rejected", equalTo(1))
                .body("asProvider.rejectedByNode.ACCEPT", equalTo(1))
                .body("asProvider.pending", equalTo(1))
                .body("asProvider.signed", equalTo(0))
                // every member is written: the platform's counts are there, and null
                .body("$", hasKey("submitted"))
                .body("submitted", nullValue())
                .body("rejectedByNode", nullValue());
    }

    @Test
    void anyDepartmentRoleOfTheOrganization_andThePlatformReaders_mayReadThem() {
        for (String token : List.of(
                Tokens.department(this.own, "dept-reviewer"),
                Tokens.department(this.own, "dept-signer"),
                Tokens.admin(),
                Tokens.user("editor").roles("report-editor").get(),
                Tokens.service("report-service"))) {
            ask(token, STATS, "org", this.own).statusCode(200).body("asProvider.submitted", equalTo(2));
            ask(token, TIMELINESS, "providerOrg", this.own).statusCode(200).body("providerOrg", contains(this.own));
        }
    }

    @Test
    void anotherOrganizationsFigures_are403() {
        String stranger = Tokens.department(this.other, "dept-user", "dept-reviewer", "dept-signer");
        ask(stranger, STATS, "org", this.own)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(NOT_PERMITTED))
                .body("reason", containsString(this.own));
        ask(stranger, TIMELINESS, "providerOrg", this.own).statusCode(403).body("type", equalTo(NOT_PERMITTED));
        String noOrg = Tokens.user("nobody").roles("dept-user").get();
        ask(noOrg, STATS, "org", this.own).statusCode(403).body("type", equalTo(NOT_PERMITTED));
        ask(noOrg, TIMELINESS, "providerOrg", this.own).statusCode(403).body("type", equalTo(NOT_PERMITTED));
    }

    @Test
    void otherRoles_andThePlatformFiguresForADepartment_are403() {
        String ownUser = Tokens.department(this.own, "dept-user", "dept-reviewer", "dept-signer");
        for (String path : List.of(STATS, TIMELINESS)) {
            given().auth()
                    .oauth2(ownUser)
                    .queryParam("month", MONTH)
                    .get(path)
                    .then()
                    .statusCode(403)
                    .body("type", equalTo(FORBIDDEN));
        }
        for (String token : List.of(
                Tokens.user("norole").org(this.own).get(),
                Tokens.user("gateway").roles("exchange-gateway").get())) {
            ask(token, STATS, "org", this.own).statusCode(403).body("type", equalTo(FORBIDDEN));
            ask(token, TIMELINESS, "providerOrg", this.own).statusCode(403).body("type", equalTo(FORBIDDEN));
        }
    }

    @Test
    void theOwnTimelinessRow_carriesItsRankAmongAllProviders() {
        // the month's providers: own (2 h and 4 h, mean 3 h) and other (x-1 after 1 h, x-2 after 29 h: mean 15 h)
        ask(Tokens.department(this.own, "dept-reviewer"), TIMELINESS, "providerOrg", this.own)
                .statusCode(200)
                .body("providerOrg", contains(this.own))
                .body("rank", contains(1))
                .body("responded", contains(2))
                .body("meanResponseHours", contains(3.0f))
                .body("providerName", contains("测试单位" + this.own));
        ask(Tokens.department(this.other, "dept-user"), TIMELINESS, "providerOrg", this.other)
                .statusCode(200)
                .body("providerOrg", contains(this.other))
                .body("rank", contains(2));
        String quiet = CatalogStub.running().organization("PROVINCIAL");
        ask(Tokens.department(quiet, "dept-user"), TIMELINESS, "providerOrg", quiet)
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    void aMalformedOrganization_is400NamingIt() {
        ask(Tokens.admin(), STATS, "org", "gz zwfwzx").statusCode(400).body("errors.field", contains("org"));
        ask(Tokens.admin(), TIMELINESS, "providerOrg", "x".repeat(65))
                .statusCode(400)
                .body("errors.field", contains("providerOrg"));
    }
}
