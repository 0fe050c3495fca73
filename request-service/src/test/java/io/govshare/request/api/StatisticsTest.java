package io.govshare.request.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
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
import static org.hamcrest.Matchers.equalTo;

/**
 * The statistics of docs/statistics.md on hand-built histories that cross month ends. Each case owns its months (2024-04 to
 * 2024-06, 2024-10, 2025-01 to 2025-04), which no other test uses.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class StatisticsTest {

    private static ValidatableResponse get(String path, String param, String month) {
        return given().auth()
                .oauth2(Tokens.user("report").roles("report-editor").get())
                .queryParam(param, month)
                .get(path)
                .then()
                .statusCode(200);
    }

    private static void imported(List<String> items) {
        ImportItems.post(batch(items)).statusCode(200).body("imported", equalTo(items.size()));
    }

    @Nested
    class MonthFigures {

        @Test
        void requestsAreCountedByTheirStatusAtTheEndOfTheMonthTheyWereSubmittedIn() {
            CatalogStub catalog = CatalogStub.running();
            String applicant = catalog.organization("PROVINCIAL");
            String provider = catalog.organization("PROVINCIAL");
            String r = catalog.resource(provider, "CONDITIONAL");
            String u = catalog.resource(provider, "UNCONDITIONAL");
            String x = CatalogStub.uniqueCode("m");
            imported(List.of(
                    // submitted in April, signed in May: pending for April, not counted in May
                    item(
                            x + "-3",
                            applicant,
                            r,
                            event("SUBMIT", "2024-04-29T10:00:00+08:00"),
                            event("ACCEPT", "2024-04-30T10:00:00+08:00"),
                            event("REVIEW", "2024-05-06T10:00:00+08:00"),
                            event("SIGN", "2024-05-06T15:00:00+08:00")),
                    item(
                            x + "-1",
                            applicant,
                            r,
                            event("SUBMIT", "2024-05-06T10:00:00+08:00"),
                            event("ACCEPT", "2024-05-06T11:00:00+08:00"),
                            event("REVIEW", "2024-05-07T10:00:00+08:00"),
                            event("SIGN", "2024-05-08T10:00:00+08:00")),
                    // accepted in May, signed in June: pending for May
                    item(
                            x + "-2",
                            applicant,
                            r,
                            event("SUBMIT", "2024-05-30T10:00:00+08:00"),
                            event("ACCEPT", "2024-05-31T09:00:00+08:00"),
                            event("REVIEW", "2024-06-03T10:00:00+08:00"),
                            event("SIGN", "2024-06-04T10:00:00+08:00")),
                    item(
                            x + "-4",
                            applicant,
                            r,
                            event("SUBMIT", "2024-05-15T09:00:00+08:00"),
                            event("REJECT", "2024-05-16T09:00:00+08:00")),
                    item(
                            x + "-5",
                            applicant,
                            r,
                            event("SUBMIT", "2024-05-15T09:10:00+08:00"),
                            event("ACCEPT", "2024-05-15T10:00:00+08:00"),
                            event("REJECT", "2024-05-17T09:00:00+08:00")),
                    item(
                            x + "-6",
                            applicant,
                            r,
                            event("SUBMIT", "2024-05-15T09:20:00+08:00"),
                            event("ACCEPT", "2024-05-15T10:00:00+08:00"),
                            event("REVIEW", "2024-05-16T10:00:00+08:00"),
                            event("REJECT", "2024-05-20T09:00:00+08:00")),
                    item(x + "-7", applicant, u, event("SUBMIT", "2024-05-20T09:00:00+08:00")),
                    item(
                            x + "-8",
                            applicant,
                            r,
                            event("SUBMIT", "2024-05-20T09:30:00+08:00"),
                            event("WITHDRAW", "2024-05-21T09:00:00+08:00")),
                    // a resubmission is a request of its own month
                    resubmission(x + "-9", applicant, r, x + "-4", event("SUBMIT", "2024-05-22T09:00:00+08:00")),
                    // the last second of May, and the first of June (platform time zone)
                    item(x + "-10", applicant, r, event("SUBMIT", "2024-05-31T23:59:59+08:00")),
                    item(x + "-11", applicant, r, event("SUBMIT", "2024-06-01T00:00:00+08:00")),
                    // withdrawn in June, rejected at the first instant of June: both pending for May
                    item(
                            x + "-12",
                            applicant,
                            r,
                            event("SUBMIT", "2024-05-28T09:00:00+08:00"),
                            event("WITHDRAW", "2024-06-03T09:00:00+08:00")),
                    item(
                            x + "-13",
                            applicant,
                            r,
                            event("SUBMIT", "2024-05-29T09:00:00+08:00"),
                            event("REJECT", "2024-06-01T00:00:00+08:00"))));

            get("/api/v1/share-requests/stats", "month", "2024-05")
                    .body("month", equalTo("2024-05"))
                    .body("submitted", equalTo(11))
                    .body("withdrawn", equalTo(1))
                    .body("decided", equalTo(4))
                    .body("pending", equalTo(5))
                    .body("unconditional", equalTo(1))
                    .body("signed", equalTo(1))
                    .body("rejected", equalTo(3))
                    .body("rejectedByNode.ACCEPT", equalTo(1))
                    .body("rejectedByNode.REVIEW", equalTo(1))
                    .body("rejectedByNode.SIGN", equalTo(1));
            get("/api/v1/share-requests/stats", "month", "2024-04")
                    .body("submitted", equalTo(1))
                    .body("pending", equalTo(1))
                    .body("signed", equalTo(0));
            get("/api/v1/share-requests/stats", "month", "2024-06")
                    .body("submitted", equalTo(1))
                    .body("pending", equalTo(1))
                    .body("decided", equalTo(0));
        }

        @Test
        void aMonthWithoutRequests_isAllZeros() {
            get("/api/v1/share-requests/stats", "month", "2019-02")
                    .body("submitted", equalTo(0))
                    .body("decided", equalTo(0))
                    .body("rejectedByNode.SIGN", equalTo(0));
        }
    }

    @Nested
    class Timeliness {

        @Test
        void providersAreRankedByMeanWorkingHoursToTheFirstResponse_tiesByCode() {
            CatalogStub catalog = CatalogStub.running();
            String applicant = catalog.organization("PREFECTURE");
            Map<String, String> resourceOf = new java.util.HashMap<>();
            List<String> providers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String provider = catalog.organization("PROVINCIAL");
                providers.add(provider);
                resourceOf.put(provider, catalog.resource(provider, "CONDITIONAL"));
            }
            String a = providers.get(0);
            String b = providers.get(1);
            String c = providers.get(2);
            String d = providers.get(3);
            String e = providers.get(4);
            String x = CatalogStub.uniqueCode("t");
            imported(List.of(
                    // A: 1 h and 3 h
                    item(
                            x + "-a1",
                            applicant,
                            resourceOf.get(a),
                            event("SUBMIT", "2024-10-08T09:00:00+08:00"),
                            event("ACCEPT", "2024-10-08T10:00:00+08:00")),
                    item(
                            x + "-a2",
                            applicant,
                            resourceOf.get(a),
                            event("SUBMIT", "2024-10-09T14:00:00+08:00"),
                            event("REJECT", "2024-10-09T17:00:00+08:00")),
                    // E: 1.5 h and 2.5 h, the same mean as A
                    item(
                            x + "-e1",
                            applicant,
                            resourceOf.get(e),
                            event("SUBMIT", "2024-10-15T09:00:00+08:00"),
                            event("ACCEPT", "2024-10-15T10:30:00+08:00")),
                    item(
                            x + "-e2",
                            applicant,
                            resourceOf.get(e),
                            event("SUBMIT", "2024-10-16T09:00:00+08:00"),
                            event("ACCEPT", "2024-10-16T11:30:00+08:00")),
                    // B: Tue 8 Oct 09:00 → Sat 12 Oct 09:00, an adjusted working day: 15 + 3 × 24 + 9 = 96 h
                    item(
                            x + "-b1",
                            applicant,
                            resourceOf.get(b),
                            event("SUBMIT", "2024-10-08T09:00:00+08:00"),
                            event("ACCEPT", "2024-10-12T09:00:00+08:00")),
                    // C: Fri 11 Oct 16:00 → Mon 14 Oct 10:00: 8 + 24 (Sat works) + 0 (Sun) + 10 = 42 h
                    item(
                            x + "-c1",
                            applicant,
                            resourceOf.get(c),
                            event("SUBMIT", "2024-10-11T16:00:00+08:00"),
                            event("ACCEPT", "2024-10-14T10:00:00+08:00"),
                            event("REJECT", "2024-10-14T11:00:00+08:00")),
                    // not counted for C: answered in November, submitted in September, never answered
                    item(
                            x + "-c2",
                            applicant,
                            resourceOf.get(c),
                            event("SUBMIT", "2024-10-30T10:00:00+08:00"),
                            event("ACCEPT", "2024-11-01T10:00:00+08:00")),
                    item(
                            x + "-c3",
                            applicant,
                            resourceOf.get(c),
                            event("SUBMIT", "2024-09-27T10:00:00+08:00"),
                            event("ACCEPT", "2024-10-08T10:00:00+08:00")),
                    item(
                            x + "-c4",
                            applicant,
                            resourceOf.get(c),
                            event("SUBMIT", "2024-10-14T10:00:00+08:00"),
                            event("WITHDRAW", "2024-10-15T10:00:00+08:00")),
                    // D: 408 h (past the 240 h deadline) and 2 h
                    item(
                            x + "-d1",
                            applicant,
                            resourceOf.get(d),
                            event("SUBMIT", "2024-10-09T10:00:00+08:00"),
                            event("ACCEPT", "2024-10-31T10:00:00+08:00")),
                    item(
                            x + "-d2",
                            applicant,
                            resourceOf.get(d),
                            event("SUBMIT", "2024-10-29T10:00:00+08:00"),
                            event("ACCEPT", "2024-10-29T12:00:00+08:00"))));

            List<String> tie = a.compareTo(e) < 0 ? List.of(a, e) : List.of(e, a);
            get("/api/v1/share-requests/timeliness", "month", "2024-10")
                    .body("rank", contains(1, 2, 3, 4, 5))
                    .body("providerOrg", contains(tie.get(0), tie.get(1), c, b, d))
                    .body(
                            "providerName",
                            contains("测试单位" + tie.get(0), "测试单位" + tie.get(1), "测试单位" + c, "测试单位" + b, "测试单位" + d))
                    .body("responded", contains(2, 2, 1, 1, 2))
                    .body("meanResponseHours", contains(2.0f, 2.0f, 42.0f, 96.0f, 205.0f))
                    .body("medianResponseHours", contains(2.0f, 2.0f, 42.0f, 96.0f, 205.0f))
                    .body("overdue", contains(0, 0, 0, 0, 1));
        }
    }

    @Nested
    class NationalApplications {

        @Test
        void nationalZoneRequestsAreCountedPerApplicantUpToTheEndOfTheMonth() {
            CatalogStub catalog = CatalogStub.running();
            String ministry = catalog.organization("NATIONAL");
            String national = catalog.resource(ministry, "CONDITIONAL");
            String provincial = catalog.resource(catalog.organization("PROVINCIAL"), "CONDITIONAL");
            String n1 = catalog.organization("PROVINCIAL");
            String n2 = catalog.organization("PROVINCIAL");
            String n3 = catalog.organization("PREFECTURE");
            String x = CatalogStub.uniqueCode("n");
            imported(List.of(
                    item(x + "-1", n1, national, event("SUBMIT", "2025-01-10T10:00:00+08:00")),
                    item(
                            x + "-2",
                            n1,
                            national,
                            event("SUBMIT", "2025-02-01T10:00:00+08:00"),
                            event("REJECT", "2025-02-02T10:00:00+08:00")),
                    item(x + "-3", n1, national, event("SUBMIT", "2025-03-31T23:59:59+08:00")),
                    item(x + "-4", n1, national, event("SUBMIT", "2025-04-01T00:00:00+08:00")),
                    item(x + "-5", n2, national, event("SUBMIT", "2025-02-05T10:00:00+08:00")),
                    item(x + "-6", n2, national, event("SUBMIT", "2025-02-06T10:00:00+08:00")),
                    item(
                            x + "-7",
                            n2,
                            national,
                            event("SUBMIT", "2025-02-07T10:00:00+08:00"),
                            event("WITHDRAW", "2025-02-07T11:00:00+08:00")),
                    item(x + "-8", n3, national, event("SUBMIT", "2025-03-01T10:00:00+08:00")),
                    item(x + "-9", n3, provincial, event("SUBMIT", "2025-03-01T10:00:00+08:00"))));

            ValidatableResponse march = get("/api/v1/national-applications", "until", "2025-03");
            List<Map<String, Object>> orgs = march.extract().path("organizations");
            List<String> ours = orgs.stream()
                    .map(o -> (String) o.get("orgCode"))
                    .filter(code -> code.equals(n1) || code.equals(n2) || code.equals(n3))
                    .toList();
            List<String> tied = n1.compareTo(n2) < 0 ? List.of(n1, n2) : List.of(n2, n1);
            assertThat(ours).containsExactly(tied.get(0), tied.get(1), n3);
            assertThat(count(orgs, n1)).isEqualTo(3);
            assertThat(count(orgs, n2)).isEqualTo(3);
            assertThat(count(orgs, n3)).isEqualTo(1);
            assertThat(orgs).allSatisfy(o -> assertThat(o.get("orgName")).isNotNull());
            int total = march.extract().path("total");
            int organizationCount = march.extract().path("organizationCount");
            assertThat(total)
                    .isEqualTo(orgs.stream()
                            .mapToInt(o -> (Integer) o.get("count"))
                            .sum());
            assertThat(organizationCount).isEqualTo(orgs.size());
            march.body("until", equalTo("2025-03"));

            List<Map<String, Object>> april = get("/api/v1/national-applications", "until", "2025-04")
                    .extract()
                    .path("organizations");
            assertThat(count(april, n1)).isEqualTo(4);
        }

        private static int count(List<Map<String, Object>> orgs, String code) {
            return orgs.stream()
                    .filter(o -> code.equals(o.get("orgCode")))
                    .map(o -> (Integer) o.get("count"))
                    .findFirst()
                    .orElse(0);
        }
    }

    @Nested
    class Access {

        @Test
        void statistics_areForThePlatformAdminReportEditorsAndServices() {
            for (String token : List.of(
                    Tokens.admin(),
                    Tokens.user("editor").roles("report-editor").get(),
                    Tokens.user("service-account-report-service")
                            .roles("service")
                            .get())) {
                given().auth()
                        .oauth2(token)
                        .queryParam("month", "2019-01")
                        .get("/api/v1/share-requests/stats")
                        .then()
                        .statusCode(200);
                given().auth()
                        .oauth2(token)
                        .queryParam("month", "2019-01")
                        .get("/api/v1/share-requests/timeliness")
                        .then()
                        .statusCode(200);
                given().auth()
                        .oauth2(token)
                        .queryParam("until", "2019-01")
                        .get("/api/v1/national-applications")
                        .then()
                        .statusCode(200);
            }
            String department = Tokens.department("gz.zwfwzx", "dept-user", "dept-reviewer", "dept-signer");
            given().auth()
                    .oauth2(department)
                    .queryParam("month", "2019-01")
                    .get("/api/v1/share-requests/stats")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(department)
                    .queryParam("until", "2019-01")
                    .get("/api/v1/national-applications")
                    .then()
                    .statusCode(403);
            given().queryParam("month", "2019-01")
                    .get("/api/v1/share-requests/stats")
                    .then()
                    .statusCode(401);
        }

        @Test
        void aMissingOrMalformedMonth_returns400NamingIt() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .get("/api/v1/share-requests/stats")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("month"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("month", "2024-13")
                    .get("/api/v1/share-requests/timeliness")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("month"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("until", "Oct")
                    .get("/api/v1/national-applications")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("until"));
        }
    }
}
