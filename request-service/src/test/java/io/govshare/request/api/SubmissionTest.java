package io.govshare.request.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogStub;
import io.govshare.request.CatalogWireMock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class SubmissionTest {

    private static final String PATH = Fixtures.PATH;

    private static void assertNothingStoredFor(String applicant) {
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("applicantOrg", applicant)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Nested
    class Accepted {

        @Test
        void submit_returns201InSubmitted_withDeadlineAndFirstEvent() {
            Fixtures.Setup setup = Fixtures.setup();
            String id = Fixtures.submit(setup.applicantUser(), setup.resource())
                    .statusCode(201)
                    .header("Location", notNullValue())
                    .header("ETag", equalTo("\"0\""))
                    .body("status", equalTo("SUBMITTED"))
                    .body("applicantOrg", equalTo(setup.applicant()))
                    .body("providerOrg", equalTo(setup.provider()))
                    .body("resourceCode", equalTo(setup.resource()))
                    .body("channel", equalTo("PROVINCIAL"))
                    .body("purpose", equalTo("核验企业登记信息"))
                    .body("deadline", notNullValue())
                    .body("overdue", equalTo(false))
                    .body("version", equalTo(0))
                    .body("availableActions", contains("WITHDRAW"))
                    .body("history", hasSize(1))
                    .body("history[0].action", equalTo("SUBMIT"))
                    .body("history[0].from", nullValue())
                    .body("history[0].to", equalTo("SUBMITTED"))
                    .body("history[0].actorOrg", equalTo(setup.applicant()))
                    .extract()
                    .path("id");
            Fixtures.read(setup.providerReviewer(), id)
                    .statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("availableActions", contains("ACCEPT", "REJECT"));
        }

        @Test
        void submit_asksTheCatalogWithTheServicesOwnToken() {
            Fixtures.Setup setup = Fixtures.setup();
            Fixtures.submit(setup.applicantUser(), setup.resource()).statusCode(201);

            assertThat(CatalogStub.running().callsWithToken(setup.resource())).isGreaterThanOrEqualTo(1);
        }

        @Test
        void submit_returns201AutoApproved_forUnconditionalResource() {
            Fixtures.Setup setup = Fixtures.setup("PROVINCIAL", "UNCONDITIONAL");
            Fixtures.submit(setup.applicantUser(), setup.resource())
                    .statusCode(201)
                    .body("status", equalTo("AUTO_APPROVED"))
                    .body("overdue", equalTo(false))
                    .body("availableActions", emptyIterable())
                    .body("history.action", contains("SUBMIT", "AUTO_APPROVE"))
                    .body("history[1].actorUser", equalTo("system"));
        }

        @Test
        void submit_goesThroughTheNationalZone_forANationalMinistrysResource() {
            Fixtures.Setup setup = Fixtures.setup("NATIONAL", "CONDITIONAL");
            Fixtures.submit(setup.applicantUser(), setup.resource())
                    .statusCode(201)
                    .body("channel", equalTo("NATIONAL_ZONE"));
        }

        @Test
        void submit_keepsTheChosenItems() {
            Fixtures.Setup setup = Fixtures.setup();
            given().auth()
                    .oauth2(setup.applicantUser())
                    .contentType(ContentType.JSON)
                    .body("{\"resourceCode\":\"" + setup.resource() + "\",\"purpose\":\"核验\",\"items\":[\"姓名\"]}")
                    .post(PATH)
                    .then()
                    .statusCode(201)
                    .body("items", contains("姓名"));
        }
    }

    @Nested
    class Refused {

        @Test
        void submit_returns422AndStoresNothing_forNotShareableResource() {
            Fixtures.Setup setup = Fixtures.setup("PROVINCIAL", "NOT_SHAREABLE");
            Fixtures.submit(setup.applicantUser(), setup.resource())
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/not-shareable"))
                    .body("errors.field", contains("resourceCode"));
            assertNothingStoredFor(setup.applicant());
        }

        @Test
        void submit_returns400NamingResourceCode_forUnknownResource() {
            Fixtures.Setup setup = Fixtures.setup();
            Fixtures.submit(setup.applicantUser(), "no-such-resource")
                    .statusCode(400)
                    .body("type", equalTo("https://govshare.io/problems/validation"))
                    .body("errors.field", contains("resourceCode"));
            assertNothingStoredFor(setup.applicant());
        }

        @Test
        void submit_returns400_forAResourceOfTheApplicantsOwnOrganization() {
            Fixtures.Setup setup = Fixtures.setup();
            Fixtures.submit(Tokens.department(setup.provider(), "dept-user"), setup.resource())
                    .statusCode(400)
                    .body("errors.field", contains("resourceCode"));
        }

        @Test
        void submit_returns503AndStoresNothing_whenTheCatalogIsDown() {
            Fixtures.Setup setup = Fixtures.setup();
            Fixtures.submit(setup.applicantUser(), CatalogStub.running().resourceWhileCatalogDown())
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/upstream-unavailable"));
            assertNothingStoredFor(setup.applicant());
        }

        @Test
        void submit_returns503AndStoresNothing_whenTheCatalogIsTooSlow() {
            Fixtures.Setup setup = Fixtures.setup();
            Fixtures.submit(setup.applicantUser(), CatalogStub.running().resourceWhileCatalogSlow())
                    .statusCode(503)
                    .body("type", equalTo("https://govshare.io/problems/upstream-unavailable"));
            assertNothingStoredFor(setup.applicant());
        }

        @Test
        void submit_returns400NamingEachBadField() {
            Fixtures.Setup setup = Fixtures.setup();
            given().auth()
                    .oauth2(setup.applicantUser())
                    .contentType(ContentType.JSON)
                    .body("{\"resourceCode\":\"" + setup.resource() + "\",\"purpose\":\" \"}")
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("purpose"));
            given().auth()
                    .oauth2(setup.applicantUser())
                    .contentType(ContentType.JSON)
                    .body("{\"resourceCode\":\"" + setup.resource() + "\",\"purpose\":\"核验\",\"items\":[\"无此项\"]}")
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("items[0]"));
            given().auth()
                    .oauth2(setup.applicantUser())
                    .contentType(ContentType.JSON)
                    .body("{\"resourceCode\":\"" + setup.resource()
                            + "\",\"purpose\":\"核验\",\"validUntil\":\"2020-01-01\"}")
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("validUntil"));
            assertNothingStoredFor(setup.applicant());
        }
    }

    @Nested
    class Security {

        @Test
        void submit_returns403_forADepartmentUserWithoutOrgClaim() {
            Fixtures.Setup setup = Fixtures.setup();
            Fixtures.submit(Tokens.user("nobody").roles("dept-user").get(), setup.resource())
                    .statusCode(403)
                    .body("type", equalTo("https://govshare.io/problems/not-permitted"));
        }

        @Test
        void submit_returns403_forWrongRole() {
            Fixtures.Setup setup = Fixtures.setup();
            Fixtures.submit(Tokens.department(setup.applicant(), "dept-reviewer", "dept-signer"), setup.resource())
                    .statusCode(403)
                    .body("type", equalTo("https://govshare.io/problems/forbidden"));
            Fixtures.submit(Tokens.user("editor").roles("report-editor").get(), setup.resource())
                    .statusCode(403);
            assertNothingStoredFor(setup.applicant());
        }

        @Test
        void submit_returns401_withoutValidToken() {
            Fixtures.Setup setup = Fixtures.setup();
            given().contentType(ContentType.JSON)
                    .body(Fixtures.submission(setup.resource()))
                    .post(PATH)
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("type", equalTo("https://govshare.io/problems/unauthorized"));
            Fixtures.submit(
                            Tokens.user("x")
                                    .org(setup.applicant())
                                    .roles("dept-user")
                                    .expired()
                                    .get(),
                            setup.resource())
                    .statusCode(401);
            Fixtures.submit(
                            Tokens.user("x")
                                    .org(setup.applicant())
                                    .roles("dept-user")
                                    .signedByStranger(),
                            setup.resource())
                    .statusCode(401);
            assertNothingStoredFor(setup.applicant());
        }
    }
}
