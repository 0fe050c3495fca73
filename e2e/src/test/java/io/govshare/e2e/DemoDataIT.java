package io.govshare.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The October 2023 demo, loaded by scripts/up through the public APIs, read back through the real services: each
 * service's figures for 2023-10 are those of REFERENCE-2023-10.md. The report itself is checked in
 * {@link DemoReportIT}.
 */
class DemoDataIT {

    private static final String MONTH = "2023-10";

    @Nested
    class Catalog {

        @Test
        void octoberRecommendationsAreTable2_2InOrder() {
            JsonPath page = Api.catalog(Caller.ZWFW)
                    .queryParam("month", MONTH)
                    .get("/api/v1/recommendations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Reference.Entry> got = new ArrayList<>();
            List<Map<String, Object>> items = page.getList("items");
            for (int i = 0; i < items.size(); i++) {
                assertThat(items.get(i)).containsEntry("rank", i + 1);
                got.add(new Reference.Entry((String) items.get(i).get("resourceName"), (String)
                        items.get(i).get("ministry")));
            }
            assertThat(got).containsExactlyElementsOf(Reference.entries("recommendations"));
        }

        @Test
        void oneLedgerAsOfTheEndOfOctoberIsSectionFive() {
            List<Map<String, Object>> units = Api.catalog(Caller.ADMIN)
                    .queryParam("asOf", "2023-10-31")
                    .get("/api/v1/ledger/units")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");
            assertThat(printedNames(units, "COMPLETED"))
                    .containsExactlyElementsOf(Reference.names("ledger", "completed"));
            assertThat(printedNames(units, "IN_PROGRESS"))
                    .containsExactlyElementsOf(Reference.names("ledger", "inProgress"));
            assertThat(printedNames(units, "SCHEDULED"))
                    .containsExactlyElementsOf(Reference.names("ledger", "scheduled"));
        }

        /** The report prints the short name (简称) where the organization has one. */
        private static List<String> printedNames(List<Map<String, Object>> units, String status) {
            return units.stream()
                    .filter(unit -> status.equals(unit.get("status")))
                    .map(unit -> (String)
                            (unit.get("orgShortName") != null ? unit.get("orgShortName") : unit.get("orgName")))
                    .toList();
        }
    }

    @Nested
    class Requests {

        @Test
        void octoberStatisticsAreThoseOfSectionOne() {
            JsonPath stats = Api.requests(Caller.EDITOR)
                    .queryParam("month", MONTH)
                    .get("/api/v1/share-requests/stats")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            for (String figure :
                    List.of("submitted", "withdrawn", "decided", "pending", "unconditional", "signed", "rejected")) {
                assertThat(stats.getLong(figure)).as(figure).isEqualTo(Reference.requests(figure));
            }
            assertThat(stats.getLong("rejectedByNode.ACCEPT")
                            + stats.getLong("rejectedByNode.REVIEW")
                            + stats.getLong("rejectedByNode.SIGN"))
                    .isEqualTo(Reference.requests("rejected"));
        }

        @Test
        void nationalDataApplicationsUpToOctober() {
            JsonPath national = Api.requests(Caller.EDITOR)
                    .queryParam("until", MONTH)
                    .get("/api/v1/national-applications")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            var reference = Reference.json().path("nationalApplications");
            assertThat(national.getLong("total"))
                    .isEqualTo(reference.path("total").asLong());
            List<String> names = national.getList("organizations.orgName");
            assertThat(names).hasSize(reference.path("organizations").asInt());
            assertThat(names).containsAll(Reference.names("nationalApplications", "named"));
            List<Integer> counts = national.getList("organizations.count");
            assertThat(counts.stream().mapToLong(Integer::longValue).sum()).isEqualTo(national.getLong("total"));
        }

        @Test
        void responseTimelinessTopThree() {
            List<String> ranked = Api.requests(Caller.EDITOR)
                    .queryParam("month", MONTH)
                    .get("/api/v1/share-requests/timeliness")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("providerName");
            assertThat(ranked).hasSizeGreaterThanOrEqualTo(3);
            assertThat(ranked.subList(0, 3)).containsExactlyElementsOf(Reference.names("timelinessTop3"));
        }
    }

    @Nested
    class Exchange {

        @Test
        void octoberSummaryInWanIsSectionOneTwo() {
            JsonPath summary = Api.exchange(Caller.EDITOR)
                    .queryParam("month", MONTH)
                    .get("/api/v1/exchange-stats/summary")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            long total = summary.getLong("total");
            long provincialProvided = summary.getLong("provided.PROVINCIAL");
            long provincialUsed = summary.getLong("used.PROVINCIAL");
            long citiesProvided = summary.getLong("provided.PREFECTURE") + summary.getLong("provided.COUNTY");
            long citiesUsed = summary.getLong("used.PREFECTURE") + summary.getLong("used.COUNTY");
            assertThat(Reference.wan(total)).isEqualTo(Reference.exchangeWan("total"));
            assertThat(Reference.wan(provincialProvided)).isEqualTo(Reference.exchangeWan("provincialProvided"));
            assertThat(Reference.wan(provincialUsed)).isEqualTo(Reference.exchangeWan("provincialUsed"));
            assertThat(Reference.wan(citiesProvided)).isEqualTo(Reference.exchangeWan("prefectureProvided"));
            assertThat(Reference.wan(citiesUsed)).isEqualTo(Reference.exchangeWan("prefectureUsed"));
            // the figures docs/statistics.md floors print the same floored (docs/adr wan-rounding)
            assertThat(Reference.wanFloor(total)).isEqualTo(Reference.exchangeWan("total"));
            assertThat(Reference.wanFloor(provincialProvided)).isEqualTo(Reference.exchangeWan("provincialProvided"));
            assertThat(Reference.wanFloor(provincialUsed)).isEqualTo(Reference.exchangeWan("provincialUsed"));
            // every call is used by someone: total = provincial + city use (+ national use, none in the demo)
            assertThat(total).isEqualTo(provincialUsed + citiesUsed + summary.getLong("used.NATIONAL"));
        }

        @Test
        void topTenProvidersAndConsumersAreTables3_2And3_3() {
            assertThat(ranking("PROVIDER")).containsExactlyElementsOf(Reference.entries("topProviders"));
            assertThat(ranking("CONSUMER")).containsExactlyElementsOf(Reference.entries("topConsumers"));
        }

        @Test
        void everyRegionToTheCallIsTables4_1And4_2() {
            assertThat(regions("PROVIDER")).containsExactlyElementsOf(Reference.entries("regionsProvided"));
            assertThat(regions("CONSUMER")).containsExactlyElementsOf(Reference.entries("regionsUsed"));
        }

        private static List<Reference.Entry> ranking(String side) {
            List<Map<String, Object>> rows = Api.exchange(Caller.SERVICE)
                    .queryParam("month", MONTH)
                    .queryParam("side", side)
                    .queryParam("level", "PROVINCIAL")
                    .queryParam("limit", 10)
                    .get("/api/v1/exchange-stats/rankings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");
            return rows.stream()
                    .map(row -> new Reference.Entry(
                            (String) row.get("orgName"), Reference.wanFloor(((Number) row.get("calls")).longValue())))
                    .toList();
        }

        private static List<Reference.Entry> regions(String side) {
            List<Map<String, Object>> rows = Api.exchange(Caller.SERVICE)
                    .queryParam("month", MONTH)
                    .queryParam("side", side)
                    .get("/api/v1/exchange-stats/regions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");
            return rows.stream()
                    .map(row -> new Reference.Entry((String) row.get("regionName"), String.valueOf(row.get("calls"))))
                    .toList();
        }
    }
}
