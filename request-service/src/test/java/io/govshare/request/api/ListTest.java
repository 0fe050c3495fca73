package io.govshare.request.api;

import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * The request list: visibility, filters and pages. One department A applies to providers P and Q and provides to
 * B; B also applies to P, which A must not see. Histories lie in 2022-07/08.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListTest {

    private String a;
    private String b;
    private String p;
    private String x;

    /** Once per class; in @BeforeEach because RestAssured knows the test port only from then on. */
    @BeforeEach
    void importRequestsOnce() {
        if (this.x != null) {
            return;
        }
        CatalogStub catalog = CatalogStub.running();
        this.a = catalog.organization("PROVINCIAL");
        this.b = catalog.organization("PREFECTURE");
        this.p = catalog.organization("PROVINCIAL");
        String q = catalog.organization("PROVINCIAL");
        String ofP = catalog.resource(this.p, "CONDITIONAL");
        String ofQ = catalog.resource(q, "CONDITIONAL");
        String ofA = catalog.resource(this.a, "CONDITIONAL");
        String prefix = CatalogStub.uniqueCode("list");
        ImportItems.post(batch(List.of(
                        item(prefix + "-a1", this.a, ofP, event("SUBMIT", "2022-07-01T10:00:00+08:00")),
                        item(
                                prefix + "-a2",
                                this.a,
                                ofP,
                                event("SUBMIT", "2022-07-04T10:00:00+08:00"),
                                event("ACCEPT", "2022-07-05T10:00:00+08:00")),
                        item(
                                prefix + "-a3",
                                this.a,
                                ofQ,
                                event("SUBMIT", "2022-08-01T10:00:00+08:00"),
                                event("REJECT", "2022-08-30T10:00:00+08:00")),
                        item(
                                prefix + "-b1",
                                this.b,
                                ofA,
                                event("SUBMIT", "2022-07-10T10:00:00+08:00"),
                                event("ACCEPT", "2022-07-11T10:00:00+08:00"),
                                event("REVIEW", "2022-07-12T10:00:00+08:00"),
                                event("SIGN", "2022-07-13T10:00:00+08:00")),
                        item(prefix + "-c1", this.b, ofP, event("SUBMIT", "2022-07-20T10:00:00+08:00")))))
                .statusCode(200)
                .body("imported", equalTo(5));
        this.x = prefix;
    }

    private RequestSpecification asA() {
        return given().auth().oauth2(Tokens.department(this.a, "dept-user", "dept-reviewer"));
    }

    private String id(String suffix) {
        return this.x + "-" + suffix;
    }

    @Test
    void aDepartment_seesTheRequestsWhereItIsApplicantOrProvider_newestFirst() {
        asA().get(Fixtures.PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items.externalId", contains(id("a3"), id("b1"), id("a2"), id("a1")));
    }

    @Test
    void thePlatformAdmin_seesEveryRequest() {
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("providerOrg", this.p)
                .get(Fixtures.PATH)
                .then()
                .statusCode(200)
                .body("items.externalId", contains(id("c1"), id("a2"), id("a1")));
    }

    @Test
    void filters_combine_andNeverWidenWhatADepartmentSees() {
        asA().queryParam("status", "SUBMITTED").get(Fixtures.PATH).then().body("items.externalId", contains(id("a1")));
        asA().queryParam("applicantOrg", this.a)
                .get(Fixtures.PATH)
                .then()
                .body("items.externalId", contains(id("a3"), id("a2"), id("a1")));
        asA().queryParam("providerOrg", this.p)
                .get(Fixtures.PATH)
                .then()
                .body("items.externalId", contains(id("a2"), id("a1")));
        asA().queryParam("applicantOrg", this.b).get(Fixtures.PATH).then().body("items.externalId", contains(id("b1")));
        asA().queryParam("month", "2022-08").get(Fixtures.PATH).then().body("items.externalId", contains(id("a3")));
        asA().queryParam("month", "2022-07")
                .queryParam("status", "SIGNED")
                .get(Fixtures.PATH)
                .then()
                .body("items.externalId", contains(id("b1")));
    }

    @Test
    void overdue_filtersLateResponses_andRequestsStillWaitingPastTheirDeadline() {
        asA().queryParam("overdue", "true")
                .get(Fixtures.PATH)
                .then()
                .body("items.externalId", contains(id("a3"), id("a1")))
                .body("items.overdue", contains(true, true));
        asA().queryParam("overdue", "false")
                .get(Fixtures.PATH)
                .then()
                .body("items.externalId", containsInAnyOrder(id("b1"), id("a2")))
                .body("items.overdue", contains(false, false));
    }

    @Test
    void pages_areBoundedAndCounted() {
        asA().queryParam("size", 2)
                .get(Fixtures.PATH)
                .then()
                .body("total", equalTo(4))
                .body("items.externalId", contains(id("a3"), id("b1")));
        asA().queryParam("size", 2)
                .queryParam("page", 1)
                .get(Fixtures.PATH)
                .then()
                .body("items.externalId", contains(id("a2"), id("a1")));
        asA().queryParam("size", 501).get(Fixtures.PATH).then().statusCode(400).body("errors.field", contains("size"));
        asA().queryParam("page", -1).get(Fixtures.PATH).then().statusCode(400).body("errors.field", contains("page"));
    }

    @Test
    void badFilterValues_return400NamingTheParameter() {
        asA().queryParam("status", "APPROVED")
                .get(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("status"));
        asA().queryParam("month", "2022-13")
                .get(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("month"));
        asA().queryParam("overdue", "maybe")
                .get(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("overdue"));
    }

    @Test
    void aDepartmentRoleWithoutOrgClaim_isRefused() {
        given().auth()
                .oauth2(Tokens.user("nobody").roles("dept-user").get())
                .get(Fixtures.PATH)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://govshare.io/problems/not-permitted"));
        given().auth()
                .oauth2(Tokens.user("editor").roles("report-editor").get())
                .get(Fixtures.PATH)
                .then()
                .statusCode(403);
        given().get(Fixtures.PATH).then().statusCode(401);
    }
}
