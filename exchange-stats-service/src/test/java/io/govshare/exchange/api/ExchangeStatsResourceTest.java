package io.govshare.exchange.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.exchange.CatalogWireMock;
import io.govshare.exchange.persistence.AggregateCompactor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class ExchangeStatsResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AggregateCompactor compactor;

    @Nested
    class Summary {

        @Test
        void summary_splitsCallsByTheLevelOfProviderAndConsumer() {
            YearMonth month = Fixtures.uniqueMonth();
            String national = Fixtures.organization("NATIONAL");
            String provincial = Fixtures.organization("PROVINCIAL");
            String region = Fixtures.region();
            String city = Fixtures.organization("PREFECTURE", region);
            String county = Fixtures.organization("COUNTY", region);
            Fixtures.postCsv(List.of(
                            Fixtures.csv(
                                    Fixtures.uniqueCode("id"),
                                    Fixtures.at(month, 1, 1),
                                    national,
                                    provincial,
                                    "a",
                                    1000),
                            Fixtures.csv(
                                    Fixtures.uniqueCode("id"), Fixtures.at(month, 2, 1), provincial, city, "b", 200),
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 3, 1), city, county, "c", 30),
                            Fixtures.csv(
                                    Fixtures.uniqueCode("id"), Fixtures.at(month, 4, 1), county, provincial, "d", 4)))
                    .statusCode(200);
            Fixtures.summary(month)
                    .statusCode(200)
                    .body("month", equalTo(month.toString()))
                    .body("total", equalTo(1234))
                    .body("provided.NATIONAL", equalTo(1000))
                    .body("provided.PROVINCIAL", equalTo(200))
                    .body("provided.PREFECTURE", equalTo(30))
                    .body("provided.COUNTY", equalTo(4))
                    .body("used.NATIONAL", equalTo(0))
                    .body("used.PROVINCIAL", equalTo(1004))
                    .body("used.PREFECTURE", equalTo(200))
                    .body("used.COUNTY", equalTo(30));
        }

        @Test
        void summary_putsARecordInItsShanghaiMonth() {
            String p = Fixtures.organization("PROVINCIAL");
            YearMonth october = Fixtures.uniqueMonth();
            YearMonth november = october.plusMonths(1);
            Fixtures.uniqueMonth(); // november belongs to this test too
            String lastUtcEvening = october.atEndOfMonth() + "T16:30:00Z"; // 00:30 on the 1st of november in Shanghai
            String lastShanghaiMinute = october.atEndOfMonth() + "T23:59:59+08:00";
            String firstShanghaiMinute = october.atDay(1) + "T00:00:00+08:00"; // still the previous day in UTC
            Fixtures.postCsv(List.of(
                            Fixtures.csv(Fixtures.uniqueCode("id"), lastUtcEvening, p, p, "", 1),
                            Fixtures.csv(Fixtures.uniqueCode("id"), lastShanghaiMinute, p, p, "", 10),
                            Fixtures.csv(Fixtures.uniqueCode("id"), firstShanghaiMinute, p, p, "", 100)))
                    .statusCode(200);
            Fixtures.summary(october).body("total", equalTo(110));
            Fixtures.summary(november).body("total", equalTo(1));
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("from", november.atDay(1).toString())
                    .queryParam("to", november.atDay(1).toString())
                    .get(Fixtures.STATS + "/organizations/" + p)
                    .then()
                    .body("provided", equalTo(1))
                    .body("byDay", hasSize(1));
        }

        @Test
        void summary_returns400_forMissingOrMalformedMonth() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(Fixtures.STATS + "/summary")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("month"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("month", "2023-13")
                    .get(Fixtures.STATS + "/summary")
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("https://govshare.io/problems/validation"))
                    .body("errors.field", contains("month"));
        }

        @Test
        void statistics_areForPlatformReaders_only() {
            String path = Fixtures.STATS + "/summary?month=2001-01";
            given().auth().oauth2(Fixtures.reportService()).get(path).then().statusCode(200);
            given().auth()
                    .oauth2(Tokens.user("editor").roles("report-editor").get())
                    .get(path)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(Tokens.department("gz.zwfwzx", "dept-user"))
                    .get(path)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Fixtures.gateway())
                    .get(Fixtures.STATS + "/rankings?month=2001-01&side=PROVIDER")
                    .then()
                    .statusCode(403);
            given().get(path).then().statusCode(401).body("type", equalTo("https://govshare.io/problems/unauthorized"));
            given().auth()
                    .oauth2(Tokens.user("admin")
                            .roles("platform-admin")
                            .expired()
                            .get())
                    .get(path)
                    .then()
                    .statusCode(401);
        }
    }

    @Nested
    class Rankings {

        @Test
        void rankings_orderByCallsDescending_thenByCode_andListOnlyTheLevel() {
            YearMonth month = Fixtures.uniqueMonth();
            String consumer = Fixtures.organization("COUNTY");
            String b = "rank-b-" + Fixtures.uniqueCode("x");
            String a = "rank-a-" + Fixtures.uniqueCode("x");
            String c = "rank-c-" + Fixtures.uniqueCode("x");
            CatalogWireMock.addOrganization(b, "乙单位", "NATIONAL", null);
            CatalogWireMock.addOrganization(a, "甲单位", "NATIONAL", null);
            CatalogWireMock.addOrganization(c, "丙单位", "NATIONAL", null);
            Fixtures.postCsv(List.of(
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), b, consumer, "", 50),
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), a, consumer, "", 50),
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), c, consumer, "", 70)))
                    .statusCode(200);
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("month", month.toString())
                    .queryParam("side", "PROVIDER")
                    .queryParam("level", "NATIONAL")
                    .queryParam("limit", 3)
                    .get(Fixtures.STATS + "/rankings")
                    .then()
                    .statusCode(200)
                    .body("orgCode", contains(c, a, b))
                    .body("orgName", contains("丙单位", "甲单位", "乙单位"))
                    .body("rank", contains(1, 2, 3))
                    .body("calls", contains(70, 50, 50));
            given().auth()
                    .oauth2(Fixtures.reportService())
                    .queryParam("month", month.toString())
                    .queryParam("side", "CONSUMER")
                    .queryParam("level", "COUNTY")
                    .queryParam("limit", 1)
                    .get(Fixtures.STATS + "/rankings")
                    .then()
                    .body("orgCode", contains(consumer))
                    .body("calls", contains(170));
        }

        @Test
        void rankings_return400_forBadSideOrLimit() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(Fixtures.STATS + "/rankings?month=2001-01&side=SIDEWAYS")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("side"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(Fixtures.STATS + "/rankings?month=2001-01")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("side"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(Fixtures.STATS + "/rankings?month=2001-01&side=PROVIDER&limit=0")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("limit"));
        }

        @Test
        void regions_listEveryRegion_alsoWithoutCalls_summingCityAndCountyBodies() {
            YearMonth month = Fixtures.uniqueMonth();
            String busy = Fixtures.region();
            String idle = Fixtures.region();
            String city = Fixtures.organization("PREFECTURE", busy);
            String county = Fixtures.organization("COUNTY", busy);
            String provincial = Fixtures.organization("PROVINCIAL");
            Fixtures.postCsv(List.of(
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), city, provincial, "", 5),
                            Fixtures.csv(
                                    Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), county, provincial, "", 6),
                            Fixtures.csv(
                                    Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 1), provincial, county, "", 9)))
                    .statusCode(200);
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("month", month.toString())
                    .queryParam("side", "PROVIDER")
                    .get(Fixtures.STATS + "/regions")
                    .then()
                    .statusCode(200)
                    .body("[0].regionCode", equalTo(busy))
                    .body("[0].calls", equalTo(11))
                    .body("[0].rank", equalTo(1))
                    .body("findAll { it.regionCode == '" + idle + "' }.calls", contains(0))
                    .body("regionCode", hasItem("520100"));
        }

        @Test
        void statistics_classifyWithTheCatalogOfQueryTime() throws Exception {
            YearMonth month = Fixtures.uniqueMonth();
            // aggregates of an organization this instance's directory has never seen (as if stored by another
            // replica, right after the organization was created in the catalog)
            String newcomer = Fixtures.uniqueCode("new");
            CatalogWireMock.addOrganization(newcomer, "新单位", "NATIONAL", null);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into org_monthly (month, side, org_code, calls) values (?, ?, ?, ?)")) {
                insert.setObject(1, month.atDay(1));
                insert.setString(2, "PROVIDER");
                insert.setString(3, newcomer);
                insert.setLong(4, 77);
                insert.executeUpdate();
            }
            Fixtures.summary(month).body("total", equalTo(77)).body("provided.NATIONAL", equalTo(77));
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("month", month.toString())
                    .queryParam("side", "PROVIDER")
                    .queryParam("level", "NATIONAL")
                    .get(Fixtures.STATS + "/rankings")
                    .then()
                    .body("[0].orgCode", equalTo(newcomer))
                    .body("[0].orgName", equalTo("新单位"));
        }
    }

    @Nested
    class Organization {

        @Test
        void organization_givesCounterpartsResourcesAndDays_toItsOwnDepartment() {
            YearMonth month = Fixtures.uniqueMonth();
            String me = Fixtures.organization("PROVINCIAL");
            String other = Fixtures.organization("PREFECTURE");
            Fixtures.postCsv(List.of(
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 9), me, other, "me.001", 40),
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 1, 10), me, other, "me.001", 2),
                            Fixtures.csv(
                                    Fixtures.uniqueCode("id"), Fixtures.at(month, 3, 9), other, me, "other.001", 7),
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 3, 9), other, me, "", 1)))
                    .statusCode(200);
            given().auth()
                    .oauth2(Tokens.department(me, "dept-user"))
                    .queryParam("month", month.toString())
                    .get(Fixtures.STATS + "/organizations/" + me)
                    .then()
                    .statusCode(200)
                    .body("orgCode", equalTo(me))
                    .body("orgName", equalTo("测试单位" + me))
                    .body("from", equalTo(month.atDay(1).toString()))
                    .body("to", equalTo(month.atEndOfMonth().toString()))
                    .body("provided", equalTo(42))
                    .body("used", equalTo(8))
                    .body("byCounterpart", hasSize(1))
                    .body("byCounterpart[0].orgCode", equalTo(other))
                    .body("byCounterpart[0].provided", equalTo(42))
                    .body("byCounterpart[0].used", equalTo(8))
                    .body("byResource.resourceCode", contains("me.001", "other.001", null))
                    .body("byResource.provided", contains(42, 0, 0))
                    .body("byResource.used", contains(0, 7, 1))
                    .body("byDay", hasSize(month.lengthOfMonth()))
                    .body("byDay[0].provided", equalTo(42))
                    .body("byDay[2].used", equalTo(8))
                    .body("byDay[1].provided", equalTo(0));
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("from", month.atDay(2).toString())
                    .queryParam("to", month.atDay(3).toString())
                    .get(Fixtures.STATS + "/organizations/" + me)
                    .then()
                    .statusCode(200)
                    .body("provided", equalTo(0))
                    .body("used", equalTo(8))
                    .body("byResource[1].resourceCode", nullValue())
                    .body(
                            "byDay.date",
                            contains(month.atDay(2).toString(), month.atDay(3).toString()));
        }

        /**
         * A range across two months sums only its days of each month's row (the first month's last two days, the
         * second month's first), also after the compactor merged the rows.
         */
        @Test
        void organization_sumsOnlyTheDaysOfTheRange_acrossTheEndOfAMonth() throws Exception {
            YearMonth first = Fixtures.uniqueMonth();
            while (first.lengthOfMonth() != 31) { // the last column of a month row is in the range
                first = Fixtures.uniqueMonth();
            }
            YearMonth second = Fixtures.uniqueMonth(); // the next month, and no other test's
            org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first.plusMonths(1));
            String me = Fixtures.organization("PROVINCIAL");
            String other = Fixtures.organization("COUNTY");
            int last = first.lengthOfMonth();
            List<String> lines = new ArrayList<>();
            int[][] days = {{1, 1}, {last - 2, 10}, {last - 1, 100}, {last, 1000}};
            for (int[] day : days) {
                lines.add(
                        Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(first, day[0], 9), me, other, "r", day[1]));
            }
            lines.add(Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(second, 1, 9), me, other, "r", 10_000));
            lines.add(Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(second, 2, 9), me, other, "r", 100_000));
            Fixtures.postCsv(lines).statusCode(200);
            for (int pass = 0; pass < 2; pass++) {
                given().auth()
                        .oauth2(Tokens.admin())
                        .queryParam("from", first.atDay(last - 1).toString())
                        .queryParam("to", second.atDay(1).toString())
                        .get(Fixtures.STATS + "/organizations/" + me)
                        .then()
                        .statusCode(200)
                        .body("provided", equalTo(11_100))
                        .body("byCounterpart[0].provided", equalTo(11_100))
                        .body("byResource[0].provided", equalTo(11_100))
                        .body(
                                "byDay.date",
                                contains(
                                        first.atDay(last - 1).toString(),
                                        first.atEndOfMonth().toString(),
                                        second.atDay(1).toString()))
                        .body("byDay.provided", contains(100, 1000, 10_000));
                ExchangeStatsResourceTest.this.compactor.compactAll(); // the second pass reads the merged rows
            }
        }

        @Test
        void organization_returns403_forAnotherDepartment_and404_forAnUnknownCode() {
            String me = Fixtures.organization("PROVINCIAL");
            String other = Fixtures.organization("PROVINCIAL");
            given().auth()
                    .oauth2(Tokens.department(me, "dept-user", "dept-reviewer", "dept-signer"))
                    .get(Fixtures.STATS + "/organizations/" + other + "?month=2001-01")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/not-permitted"));
            // any dept-* role of the organization reads its figures (docs/security.md); another organization's not
            given().auth()
                    .oauth2(Tokens.user("x").org(me).roles("dept-reviewer").get())
                    .get(Fixtures.STATS + "/organizations/" + me + "?month=2001-01")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(Tokens.user("x").org(other).roles("dept-reviewer").get())
                    .get(Fixtures.STATS + "/organizations/" + me + "?month=2001-01")
                    .then()
                    .statusCode(403)
                    .body("type", equalTo("https://govshare.io/problems/not-permitted"));
            given().auth()
                    .oauth2(Tokens.user("editor").roles("report-editor").get())
                    .get(Fixtures.STATS + "/organizations/" + me + "?month=2001-01")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Tokens.department(me, "dept-user"))
                    .get(Fixtures.STATS + "/organizations/no-such-org?month=2001-01")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(Fixtures.STATS + "/organizations/no-such-org?month=2001-01")
                    .then()
                    .statusCode(404)
                    .body("type", equalTo("https://govshare.io/problems/not-found"));
            given().get(Fixtures.STATS + "/organizations/" + me + "?month=2001-01")
                    .then()
                    .statusCode(401);
        }

        @Test
        void organization_isReadByItsDepartmentUsersOfAnyDeptRole_andNoOtherRole() {
            YearMonth month = Fixtures.uniqueMonth();
            String me = Fixtures.organization("PROVINCIAL");
            String other = Fixtures.organization("PREFECTURE");
            Fixtures.postCsv(List.of(
                            Fixtures.csv(Fixtures.uniqueCode("id"), Fixtures.at(month, 2, 9), me, other, "", 5)))
                    .statusCode(200);
            String path = Fixtures.STATS + "/organizations/" + me + "?month=" + month;
            for (String role : List.of("dept-user", "dept-reviewer", "dept-signer")) {
                given().auth()
                        .oauth2(Tokens.user("u-" + role).org(me).roles(role).get())
                        .get(path)
                        .then()
                        .statusCode(200)
                        .body("provided", equalTo(5));
                given().auth()
                        .oauth2(Tokens.user("u-" + role).org(other).roles(role).get())
                        .get(path)
                        .then()
                        .statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://govshare.io/problems/not-permitted"))
                        .body("reason", equalTo("a department may read only its own exchange statistics"));
            }
            // a department role without an org claim reads nothing of a department
            given().auth()
                    .oauth2(Tokens.user("nobody").roles("dept-reviewer").get())
                    .get(path)
                    .then()
                    .statusCode(403)
                    .body("type", equalTo("https://govshare.io/problems/not-permitted"));
            // roles that never read an organization's own figures, even with the org claim
            for (String role : List.of("report-editor", "exchange-gateway")) {
                given().auth()
                        .oauth2(Tokens.user("r-" + role).org(me).roles(role).get())
                        .get(path)
                        .then()
                        .statusCode(403)
                        .body("type", equalTo("https://govshare.io/problems/forbidden"));
            }
            given().auth()
                    .oauth2(Tokens.user("norole").org(me).get())
                    .get(path)
                    .then()
                    .statusCode(403)
                    .body("type", equalTo("https://govshare.io/problems/forbidden"));
            given().auth().oauth2(Fixtures.reportService()).get(path).then().statusCode(200);
        }

        @Test
        void organization_returns400_forAnIncompletePeriod() {
            String me = Fixtures.organization("PROVINCIAL");
            String path = Fixtures.STATS + "/organizations/" + me;
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(path)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("from"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(path + "?from=2023-10-01")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("to"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(path + "?from=2023-10-05&to=2023-10-01")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("to"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(path + "?from=2022-01-01&to=2023-10-01")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("to"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(path + "?month=2023-10&from=2023-10-01&to=2023-10-02")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("month"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(path + "?from=2023-10-32&to=2023-11-01")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("from"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(path + "?from=" + LocalDate.of(2023, 10, 1) + "&to=2023-10-01")
                    .then()
                    .statusCode(200);
        }
    }
}
