package io.govshare.request.api;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogStub;
import io.govshare.request.CatalogWireMock;

import static io.govshare.request.api.ImportItems.batch;
import static io.govshare.request.api.ImportItems.event;
import static io.govshare.request.api.ImportItems.item;
import static io.govshare.request.api.ImportItems.resubmission;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The history import (docs/api.md). Its histories lie in 2022, a year no other test uses. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class ImportTest {

    private static int stored(String applicant) {
        return given().auth()
                .oauth2(Tokens.admin())
                .queryParam("applicantOrg", applicant)
                .get(Fixtures.PATH)
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    @Nested
    class Validation {

        @Test
        void goodItemsAreStored_andEachBadItemIsReportedByIndex_storingNothingOfIt() {
            Fixtures.Setup setup = Fixtures.setup();
            CatalogStub catalog = CatalogStub.running();
            String unconditional = catalog.resource(setup.provider(), "UNCONDITIONAL");
            String x = CatalogStub.uniqueCode("x");
            List<String> items = new ArrayList<>();
            items.add(item(
                    x + "-0",
                    setup.applicant(),
                    setup.resource(),
                    event("SUBMIT", "2022-03-01T09:00:00+08:00"),
                    event("ACCEPT", "2022-03-01T10:00:00+08:00"),
                    event("REVIEW", "2022-03-02T10:00:00+08:00"),
                    event("SIGN", "2022-03-03T10:00:00+08:00")));
            items.add(item(
                    x + "-1",
                    setup.applicant(),
                    setup.resource(),
                    event("SUBMIT", "2022-03-01T09:00:00+08:00"),
                    event("SIGN", "2022-03-01T10:00:00+08:00")));
            items.add(item(x + "-2", "no-such-org", setup.resource(), event("SUBMIT", "2022-03-01T09:00:00+08:00")));
            items.add(item(
                    x + "-3", setup.applicant(), "no-such-resource", event("SUBMIT", "2022-03-01T09:00:00+08:00")));
            items.add(item(
                    x + "-4",
                    setup.applicant(),
                    unconditional,
                    event("SUBMIT", "2022-03-01T09:00:00+08:00"),
                    event("ACCEPT", "2022-03-01T10:00:00+08:00")));
            items.add(item(
                    x + "-5",
                    setup.applicant(),
                    setup.resource(),
                    event("SUBMIT", "2022-03-01T09:00:00+08:00"),
                    event("ACCEPT", "2022-02-28T10:00:00+08:00")));
            items.add(item(
                    x + "-6",
                    setup.applicant(),
                    setup.resource(),
                    event("SUBMIT", "2022-03-01T09:00:00+08:00"),
                    event("REJECT", "2022-03-01T10:00:00+08:00", null)));
            items.add(
                    item(x + "-7", setup.applicant(), setup.resource(), event("SUBMIT", "2099-03-01T09:00:00+08:00")));
            items.add("{\"applicantOrg\":\"" + setup.applicant() + "\"}");
            items.add(item(x + "-9", setup.applicant(), unconditional, event("SUBMIT", "2022-03-04T09:00:00+08:00")));

            ImportItems.post(batch(items))
                    .statusCode(200)
                    .body("imported", equalTo(2))
                    .body("unchanged", equalTo(0))
                    .body("errors.index", contains(1, 2, 3, 4, 5, 6, 7, 8))
                    .body(
                            "errors.externalId",
                            contains(x + "-1", x + "-2", x + "-3", x + "-4", x + "-5", x + "-6", x + "-7", null))
                    .body(
                            "errors.field",
                            contains(
                                    "events[1].action",
                                    "applicantOrg",
                                    "resourceCode",
                                    "events[1].action",
                                    "events[1].at",
                                    "events[1].comment",
                                    "events[0].at",
                                    "externalId"))
                    .body("errors[3].message", containsString("unconditionally"));

            assertThat(stored(setup.applicant())).isEqualTo(2);
            assertThat(stored("no-such-org")).isZero();
        }

        @Test
        void anImportedHistory_keepsItsOriginalTimes_andIsTimedAgainstItsDeadline() {
            Fixtures.Setup setup = Fixtures.setup();
            String x = CatalogStub.uniqueCode("x");
            ImportItems.post(batch(List.of(
                            item(
                                    x + "-late",
                                    setup.applicant(),
                                    setup.resource(),
                                    event("SUBMIT", "2022-09-28T16:00:00+08:00"),
                                    event("ACCEPT", "2022-10-20T09:00:00+08:00"),
                                    event("REJECT", "2022-10-21T09:00:00+08:00", "用途不符")),
                            item(
                                    x + "-waiting",
                                    setup.applicant(),
                                    setup.resource(),
                                    event("SUBMIT", "2022-11-01T10:00:00+08:00")))))
                    .statusCode(200)
                    .body("imported", equalTo(2));

            Fixtures.read(Tokens.admin(), Fixtures.imported(setup.applicant(), x + "-late"))
                    .statusCode(200)
                    .body("status", equalTo("REJECTED"))
                    .body("rejectedAt", equalTo("REVIEW"))
                    .body("submittedAt", equalTo("2022-09-28T16:00:00+08:00"))
                    .body("respondedAt", equalTo("2022-10-20T09:00:00+08:00"))
                    .body("overdue", equalTo(true))
                    .body(
                            "history.at",
                            contains(
                                    "2022-09-28T16:00:00+08:00",
                                    "2022-10-20T09:00:00+08:00",
                                    "2022-10-21T09:00:00+08:00"))
                    .body("history.actorOrg", contains(setup.applicant(), setup.provider(), setup.provider()))
                    .body("history[2].comment", equalTo("用途不符"));
            Fixtures.read(Tokens.admin(), Fixtures.imported(setup.applicant(), x + "-waiting"))
                    .statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("overdue", equalTo(true));
        }

        @Test
        void aBatchLargerThanTheLimit_returns413AndStoresNothing() {
            Fixtures.Setup setup = Fixtures.setup();
            String x = CatalogStub.uniqueCode("x");
            List<String> items = new ArrayList<>();
            for (int i = 0; i <= 1000; i++) {
                items.add(item(
                        x + "-" + i,
                        setup.applicant(),
                        setup.resource(),
                        event("SUBMIT", "2022-03-01T09:00:00+08:00")));
            }
            ImportItems.post(batch(items))
                    .statusCode(413)
                    .body("type", equalTo("https://govshare.io/problems/payload-too-large"));
            assertThat(stored(setup.applicant())).isZero();
        }

        @Test
        void aCatalogOutage_returns503AndStoresNothing() {
            Fixtures.Setup setup = Fixtures.setup();
            String x = CatalogStub.uniqueCode("x");
            ImportItems.post(batch(List.of(
                            item(
                                    x + "-good",
                                    setup.applicant(),
                                    setup.resource(),
                                    event("SUBMIT", "2022-03-01T09:00:00+08:00")),
                            item(
                                    x + "-down",
                                    setup.applicant(),
                                    CatalogStub.running().resourceWhileCatalogDown(),
                                    event("SUBMIT", "2022-03-01T09:00:00+08:00")))))
                    .statusCode(503)
                    .body("type", equalTo("https://govshare.io/problems/upstream-unavailable"));
            assertThat(stored(setup.applicant())).isZero();
        }

        @Test
        void aBodyThatIsNoList_returns400() {
            ImportItems.post("{\"externalId\":\"x\"}").statusCode(400);
        }
    }

    @Nested
    class Idempotency {

        @Test
        void importingTheSameBatchTwice_storesItOnce() {
            Fixtures.Setup setup = Fixtures.setup();
            String x = CatalogStub.uniqueCode("x");
            String body = batch(List.of(
                    item(
                            x + "-a",
                            setup.applicant(),
                            setup.resource(),
                            event("SUBMIT", "2022-05-09T09:00:00+08:00"),
                            event("WITHDRAW", "2022-05-09T11:00:00+08:00")),
                    item(
                            x + "-b",
                            setup.applicant(),
                            setup.resource(),
                            event("SUBMIT", "2022-05-10T09:00:00+08:00"),
                            event("SIGN", "2022-05-10T09:30:00+08:00"))));

            ImportItems.post(body).statusCode(200).body("imported", equalTo(1)).body("errors", hasSize(1));
            ImportItems.post(body)
                    .statusCode(200)
                    .body("imported", equalTo(0))
                    .body("unchanged", equalTo(1))
                    .body("errors.index", contains(1));
            assertThat(stored(setup.applicant())).isEqualTo(1);
        }

        @Test
        void anExternalIdWithAnotherHistory_isRefused_andTheStoredOneKept() {
            Fixtures.Setup setup = Fixtures.setup();
            String x = CatalogStub.uniqueCode("x");
            ImportItems.post(batch(List.of(item(
                            x, setup.applicant(), setup.resource(), event("SUBMIT", "2022-05-09T09:00:00+08:00")))))
                    .body("imported", equalTo(1));
            ImportItems.post(batch(List.of(item(
                            x,
                            setup.applicant(),
                            setup.resource(),
                            event("SUBMIT", "2022-05-09T09:00:00+08:00"),
                            event("WITHDRAW", "2022-05-09T09:10:00+08:00")))))
                    .statusCode(200)
                    .body("imported", equalTo(0))
                    .body("errors.field", contains("externalId"));
            Fixtures.read(Tokens.admin(), Fixtures.imported(setup.applicant(), x))
                    .body("status", equalTo("SUBMITTED"));
        }
    }

    @Nested
    class Resubmissions {

        @Test
        void aResubmission_isLinkedToTheRequestItTakesUp_whenThatWasRejectedOrWithdrawnBefore() {
            Fixtures.Setup setup = Fixtures.setup();
            String x = CatalogStub.uniqueCode("x");
            ImportItems.post(batch(List.of(
                            item(
                                    x + "-first",
                                    setup.applicant(),
                                    setup.resource(),
                                    event("SUBMIT", "2022-06-01T09:00:00+08:00"),
                                    event("REJECT", "2022-06-02T09:00:00+08:00")),
                            resubmission(
                                    x + "-again",
                                    setup.applicant(),
                                    setup.resource(),
                                    x + "-first",
                                    event("SUBMIT", "2022-06-03T09:00:00+08:00")),
                            resubmission(
                                    x + "-twice",
                                    setup.applicant(),
                                    setup.resource(),
                                    x + "-first",
                                    event("SUBMIT", "2022-06-04T09:00:00+08:00")),
                            resubmission(
                                    x + "-unknown",
                                    setup.applicant(),
                                    setup.resource(),
                                    x + "-none",
                                    event("SUBMIT", "2022-06-04T09:00:00+08:00")),
                            item(
                                    x + "-signed",
                                    setup.applicant(),
                                    setup.resource(),
                                    event("SUBMIT", "2022-06-01T09:00:00+08:00"),
                                    event("ACCEPT", "2022-06-01T10:00:00+08:00"),
                                    event("REVIEW", "2022-06-01T11:00:00+08:00"),
                                    event("SIGN", "2022-06-01T12:00:00+08:00")),
                            resubmission(
                                    x + "-of-signed",
                                    setup.applicant(),
                                    setup.resource(),
                                    x + "-signed",
                                    event("SUBMIT", "2022-06-05T09:00:00+08:00")),
                            item(
                                    x + "-withdrawn",
                                    setup.applicant(),
                                    setup.resource(),
                                    event("SUBMIT", "2022-06-06T09:00:00+08:00"),
                                    event("WITHDRAW", "2022-06-08T09:00:00+08:00")),
                            resubmission(
                                    x + "-too-early",
                                    setup.applicant(),
                                    setup.resource(),
                                    x + "-withdrawn",
                                    event("SUBMIT", "2022-06-07T09:00:00+08:00")))))
                    .statusCode(200)
                    .body("imported", equalTo(4))
                    .body(
                            "errors.externalId",
                            contains(x + "-twice", x + "-unknown", x + "-of-signed", x + "-too-early"))
                    .body(
                            "errors.field",
                            contains("resubmissionOf", "resubmissionOf", "resubmissionOf", "events[0].at"));

            String first = Fixtures.imported(setup.applicant(), x + "-first");
            Fixtures.read(Tokens.admin(), Fixtures.imported(setup.applicant(), x + "-again"))
                    .body("resubmissionOf", equalTo(first))
                    .body("status", equalTo("SUBMITTED"))
                    .body("history.action", contains("RESUBMIT"));
        }
    }

    @Nested
    class Security {

        @Test
        void import_isForThePlatformAdminOnly() {
            Fixtures.Setup setup = Fixtures.setup();
            String body = batch(List.of(item(
                    CatalogStub.uniqueCode("x"),
                    setup.applicant(),
                    setup.resource(),
                    event("SUBMIT", "2022-03-01T09:00:00+08:00"))));
            ImportItems.post(Tokens.department(setup.applicant(), "dept-user", "dept-reviewer", "dept-signer"), body)
                    .statusCode(403)
                    .body("type", equalTo("https://govshare.io/problems/forbidden"));
            ImportItems.post(Tokens.user("editor").roles("report-editor").get(), body)
                    .statusCode(403);
            given().contentType("application/json")
                    .body(body)
                    .post(ImportItems.PATH)
                    .then()
                    .statusCode(401);
            assertThat(stored(setup.applicant())).isZero();
        }

        @Test
        void anEmptyBatch_importsNothing() {
            ImportItems.post("[]").statusCode(200).body("imported", equalTo(0)).body("errors", emptyIterable());
        }
    }
}
