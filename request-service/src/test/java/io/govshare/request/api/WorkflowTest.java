package io.govshare.request.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogStub;
import io.govshare.request.CatalogWireMock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The workflow through the API: every action with the right role and organization, a wrong role, and a wrong
 * organization (the other party: 403; a stranger: 404); illegal moves; the audit trail.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class WorkflowTest {

    private static final String NOT_PERMITTED = "https://govshare.io/problems/not-permitted";
    private static final String FORBIDDEN = "https://govshare.io/problems/forbidden";

    private static String stranger(String... roles) {
        return Tokens.department(CatalogStub.running().organization("PROVINCIAL"), roles);
    }

    private static String accepted(Fixtures.Setup setup) {
        String id = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), id, "accept", null).statusCode(200);
        return id;
    }

    private static String reviewed(Fixtures.Setup setup) {
        String id = accepted(setup);
        Fixtures.act(setup.providerReviewer(), id, "review", null).statusCode(200);
        return id;
    }

    private static void assertStatus(String id, String status, int events) {
        Fixtures.read(Tokens.admin(), id)
                .statusCode(200)
                .body("status", equalTo(status))
                .body("history", hasSize(events));
    }

    @Nested
    class Accept {

        @Test
        void accept_returns200_forTheProvidersReviewer() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(setup.providerReviewer(), id, "accept", "已受理")
                    .statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("status", equalTo("ACCEPTED"))
                    .body("version", equalTo(1))
                    .body("respondedAt", notNullValue())
                    .body("history[1].action", equalTo("ACCEPT"))
                    .body("history[1].from", equalTo("SUBMITTED"))
                    .body("history[1].to", equalTo("ACCEPTED"))
                    .body("history[1].actorOrg", equalTo(setup.provider()))
                    .body("history[1].comment", equalTo("已受理"))
                    .body("history[1].at", containsString("+08:00"))
                    .body("availableActions", contains("REVIEW", "REJECT"));
        }

        @Test
        void accept_returns403_forWrongRoleOfTheProvider() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(Tokens.department(setup.provider(), "dept-user", "dept-signer"), id, "accept", null)
                    .statusCode(403)
                    .body("type", equalTo(FORBIDDEN));
            assertStatus(id, "SUBMITTED", 1);
        }

        @Test
        void accept_returns403_forTheApplicantsReviewer_and404_forAStranger() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(Tokens.department(setup.applicant(), "dept-reviewer"), id, "accept", null)
                    .statusCode(403)
                    .body("type", equalTo(NOT_PERMITTED))
                    .body("reason", containsString(setup.provider()));
            Fixtures.act(stranger("dept-reviewer"), id, "accept", null)
                    .statusCode(404)
                    .body("type", equalTo("https://govshare.io/problems/not-found"));
            assertStatus(id, "SUBMITTED", 1);
        }

        @Test
        void accept_returns200_forThePlatformAdmin() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(Tokens.admin(), id, "accept", null)
                    .statusCode(200)
                    .body("status", equalTo("ACCEPTED"))
                    .body("history[1].actorUser", equalTo("admin"));
        }
    }

    @Nested
    class Review {

        @Test
        void review_returns200_forTheProvidersReviewer() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = accepted(setup);
            Fixtures.act(setup.providerReviewer(), id, "review", "审核通过")
                    .statusCode(200)
                    .body("status", equalTo("REVIEWED"))
                    .body("availableActions", emptyIterable());
        }

        @Test
        void review_returns403_forWrongRoleOfTheProvider() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = accepted(setup);
            Fixtures.act(setup.providerSigner(), id, "review", null)
                    .statusCode(403)
                    .body("type", equalTo(FORBIDDEN));
            assertStatus(id, "ACCEPTED", 2);
        }

        @Test
        void review_returns403_forTheApplicantsReviewer_and404_forAStranger() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = accepted(setup);
            Fixtures.act(Tokens.department(setup.applicant(), "dept-reviewer"), id, "review", null)
                    .statusCode(403)
                    .body("type", equalTo(NOT_PERMITTED));
            Fixtures.act(stranger("dept-reviewer"), id, "review", null).statusCode(404);
            assertStatus(id, "ACCEPTED", 2);
        }
    }

    @Nested
    class Sign {

        @Test
        void sign_returns200_forTheProvidersSigner() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = reviewed(setup);
            Fixtures.act(setup.providerSigner(), id, "sign", "签发")
                    .statusCode(200)
                    .body("status", equalTo("SIGNED"))
                    .body("history.action", contains("SUBMIT", "ACCEPT", "REVIEW", "SIGN"))
                    .body("history.to", contains("SUBMITTED", "ACCEPTED", "REVIEWED", "SIGNED"));
        }

        @Test
        void sign_returns403_forTheProvidersReviewer() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = reviewed(setup);
            Fixtures.act(setup.providerReviewer(), id, "sign", null)
                    .statusCode(403)
                    .body("type", equalTo(FORBIDDEN));
            assertStatus(id, "REVIEWED", 3);
        }

        @Test
        void sign_returns403_forTheApplicantsSigner_and404_forAStranger() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = reviewed(setup);
            Fixtures.act(Tokens.department(setup.applicant(), "dept-signer"), id, "sign", null)
                    .statusCode(403)
                    .body("type", equalTo(NOT_PERMITTED));
            Fixtures.act(stranger("dept-signer"), id, "sign", null).statusCode(404);
            assertStatus(id, "REVIEWED", 3);
        }
    }

    @Nested
    class Reject {

        @Test
        void reject_atAccept_returns200_forTheProvidersReviewer() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(setup.providerReviewer(), id, "reject", "申请材料不全")
                    .statusCode(200)
                    .body("status", equalTo("REJECTED"))
                    .body("rejectedAt", equalTo("ACCEPT"))
                    .body("respondedAt", notNullValue())
                    .body("history[1].node", equalTo("ACCEPT"))
                    .body("history[1].comment", equalTo("申请材料不全"));
        }

        @Test
        void reject_atReview_returns200_forTheProvidersReviewer() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = accepted(setup);
            Fixtures.act(setup.providerReviewer(), id, "reject", "用途不符")
                    .statusCode(200)
                    .body("rejectedAt", equalTo("REVIEW"));
        }

        @Test
        void reject_atSign_returns200_forTheProvidersSigner_and403_forItsReviewer() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = reviewed(setup);
            Fixtures.act(setup.providerReviewer(), id, "reject", "不同意")
                    .statusCode(403)
                    .body("type", equalTo(NOT_PERMITTED))
                    .body("reason", containsString("dept-signer"));
            Fixtures.act(setup.providerSigner(), id, "reject", "不同意")
                    .statusCode(200)
                    .body("rejectedAt", equalTo("SIGN"));
        }

        @Test
        void reject_atAccept_returns403_forTheProvidersSigner() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(setup.providerSigner(), id, "reject", "不同意")
                    .statusCode(403)
                    .body("type", equalTo(NOT_PERMITTED));
            assertStatus(id, "SUBMITTED", 1);
        }

        @Test
        void reject_returns403_forTheApplicantsReviewer_and404_forAStranger() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(Tokens.department(setup.applicant(), "dept-reviewer"), id, "reject", "x")
                    .statusCode(403)
                    .body("type", equalTo(NOT_PERMITTED));
            Fixtures.act(stranger("dept-reviewer", "dept-signer"), id, "reject", "x")
                    .statusCode(404);
            Fixtures.act(Tokens.department(setup.provider(), "dept-user"), id, "reject", "x")
                    .statusCode(403)
                    .body("type", equalTo(FORBIDDEN));
            assertStatus(id, "SUBMITTED", 1);
        }

        @Test
        void reject_returns400NamingComment_withoutAReason() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(setup.providerReviewer(), id, "reject", null)
                    .statusCode(400)
                    .body("errors.field", contains("comment"));
            Fixtures.act(setup.providerReviewer(), id, "reject", "   ")
                    .statusCode(400)
                    .body("errors.field", contains("comment"));
            assertStatus(id, "SUBMITTED", 1);
        }
    }

    @Nested
    class Withdraw {

        @Test
        void withdraw_returns200_forTheApplicantsUser_fromEveryPendingState() {
            Fixtures.Setup setup = Fixtures.setup();
            for (String id : new String[] {Fixtures.submitted(setup), accepted(setup), reviewed(setup)}) {
                Fixtures.act(setup.applicantUser(), id, "withdraw", "不再需要")
                        .statusCode(200)
                        .body("status", equalTo("WITHDRAWN"))
                        .body("availableActions", contains("RESUBMIT"));
            }
        }

        @Test
        void withdraw_returns403_forWrongRoleOfTheApplicant() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(Tokens.department(setup.applicant(), "dept-reviewer", "dept-signer"), id, "withdraw", null)
                    .statusCode(403)
                    .body("type", equalTo(FORBIDDEN));
            assertStatus(id, "SUBMITTED", 1);
        }

        @Test
        void withdraw_returns403_forTheProvidersUser_and404_forAStranger() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(Tokens.department(setup.provider(), "dept-user"), id, "withdraw", null)
                    .statusCode(403)
                    .body("type", equalTo(NOT_PERMITTED));
            Fixtures.act(stranger("dept-user"), id, "withdraw", null).statusCode(404);
            assertStatus(id, "SUBMITTED", 1);
        }

        @Test
        void withdraw_returns409WithCurrentStatusAndAvailableActions_onceSigned() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = reviewed(setup);
            Fixtures.act(setup.providerSigner(), id, "sign", null).statusCode(200);
            Fixtures.act(setup.applicantUser(), id, "withdraw", null)
                    .statusCode(409)
                    .body("type", equalTo("https://govshare.io/problems/invalid-transition"))
                    .body("currentStatus", equalTo("SIGNED"))
                    .body("availableActions", emptyIterable());
        }
    }

    @Nested
    class Resubmit {

        @Test
        void resubmit_returns201WithANewLinkedRequest_andTheOldOneKeepsItsStatus() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(setup.providerReviewer(), id, "reject", "材料不全").statusCode(200);

            String newId = Fixtures.act(setup.applicantUser(), id, "resubmit", "已补充材料")
                    .statusCode(201)
                    .header("Location", containsString("/api/v1/share-requests/"))
                    .body("status", equalTo("SUBMITTED"))
                    .body("resubmissionOf", equalTo(id))
                    .body("purpose", equalTo("核验企业登记信息"))
                    .body("history.action", contains("RESUBMIT"))
                    .body("history[0].comment", equalTo("已补充材料"))
                    .extract()
                    .path("id");
            assertStatus(id, "REJECTED", 2);
            Fixtures.read(setup.providerReviewer(), newId).statusCode(200).body("resubmissionOf", equalTo(id));
        }

        @Test
        void resubmit_returns409_forASecondResubmission_orAPendingRequest() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(setup.applicantUser(), id, "resubmit", null)
                    .statusCode(409)
                    .body("type", equalTo("https://govshare.io/problems/invalid-transition"))
                    .body("currentStatus", equalTo("SUBMITTED"))
                    .body("availableActions", contains("WITHDRAW"));
            Fixtures.act(setup.applicantUser(), id, "withdraw", null).statusCode(200);
            Fixtures.act(setup.applicantUser(), id, "resubmit", null).statusCode(201);
            Fixtures.act(setup.applicantUser(), id, "resubmit", null)
                    .statusCode(409)
                    .body("type", equalTo("https://govshare.io/problems/conflict"));
        }

        @Test
        void resubmit_returns403_forWrongRoleOrTheProvider_and404_forAStranger() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(setup.applicantUser(), id, "withdraw", null).statusCode(200);
            Fixtures.act(Tokens.department(setup.applicant(), "dept-reviewer"), id, "resubmit", null)
                    .statusCode(403)
                    .body("type", equalTo(FORBIDDEN));
            Fixtures.act(Tokens.department(setup.provider(), "dept-user"), id, "resubmit", null)
                    .statusCode(403)
                    .body("type", equalTo(NOT_PERMITTED));
            Fixtures.act(stranger("dept-user"), id, "resubmit", null).statusCode(404);
        }
    }

    @Nested
    class IllegalMoves {

        @Test
        void anActionTheTableDoesNotAllow_returns409NamingWhatTheCallerMayDo() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.act(setup.providerReviewer(), id, "review", null)
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/invalid-transition"))
                    .body("currentStatus", equalTo("SUBMITTED"))
                    .body("availableActions", contains("ACCEPT", "REJECT"));
            assertStatus(id, "SUBMITTED", 1);
        }

        @Test
        void actingOnAnAutoApprovedRequest_returns409() {
            Fixtures.Setup setup = Fixtures.setup("PROVINCIAL", "UNCONDITIONAL");
            String id = Fixtures.submitted(setup);
            Fixtures.act(setup.providerReviewer(), id, "accept", null)
                    .statusCode(409)
                    .body("currentStatus", equalTo("AUTO_APPROVED"));
        }
    }

    @Nested
    class Reading {

        @Test
        void get_returns404_forAStranger_andAnUnknownId_and400_forABadId() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.read(stranger("dept-user", "dept-reviewer", "dept-signer"), id)
                    .statusCode(404);
            Fixtures.read(setup.applicantUser(), "00000000-0000-0000-0000-000000000000")
                    .statusCode(404)
                    .body("type", equalTo("https://govshare.io/problems/not-found"));
            Fixtures.read(setup.applicantUser(), "not-a-uuid").statusCode(400).body("errors.field", contains("id"));
        }

        @Test
        void get_returns403_forRolesThatReadNoRequests() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.read(Tokens.user("editor").roles("report-editor").get(), id)
                    .statusCode(403);
            Fixtures.read(Tokens.user("svc").roles("service").get(), id).statusCode(403);
        }

        @Test
        void get_showsTimesInThePlatformZone_andNoRejectionNodeUnlessRejected() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submitted(setup);
            Fixtures.read(Tokens.admin(), id)
                    .statusCode(200)
                    .body("submittedAt", containsString("+08:00"))
                    .body("deadline", containsString("+08:00"))
                    .body("rejectedAt", nullValue())
                    .body("availableActions", contains("ACCEPT", "REJECT", "WITHDRAW"));
        }
    }
}
