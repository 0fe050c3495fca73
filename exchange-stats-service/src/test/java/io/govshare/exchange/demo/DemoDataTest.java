package io.govshare.exchange.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.govshare.common.testing.Tokens;
import io.govshare.exchange.CatalogWireMock;
import io.govshare.exchange.api.Fixtures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads {@code demo/2023-10/exchange-records.csv} through the API (with the catalog served from the real
 * {@code organizations.json} and {@code regions.json}) and checks every exchange figure of the October 2023 report
 * (seed/REFERENCE-2023-10.md 一(二), 三(二)(三), 四), with the report's 万 rounding (half-up, ADR wan-rounding) and,
 * where the ADR says they agree, floor.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest {

    private static final String MONTH = "2023-10";
    private static final String STATS = "/api/v1/exchange-stats";

    private boolean loaded;

    @BeforeEach
    void loadDemoRecordsOnce() throws IOException {
        if (this.loaded) {
            return;
        }
        List<String> lines =
                Files.readAllLines(CatalogWireMock.demoDir().resolve("exchange-records.csv"), StandardCharsets.UTF_8);
        String header = lines.get(0);
        int stored = 0;
        for (int start = 1; start < lines.size(); start += 5000) {
            List<String> batch = new ArrayList<>();
            batch.add(header);
            batch.addAll(lines.subList(start, Math.min(lines.size(), start + 5000)));
            stored += given().auth()
                    .oauth2(Fixtures.gateway())
                    .contentType("text/csv")
                    .body(String.join("\n", batch))
                    .post("/api/v1/exchange-records")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<Integer>path("stored");
        }
        assertThat(stored).isEqualTo(lines.size() - 1);
        this.loaded = true;
    }

    @Test
    void summary_givesTheTotalsOfSection1() {
        JsonPath summary = get("/summary", Map.of("month", MONTH));
        long total = summary.getLong("total");
        long provincialProvided = summary.getLong("provided.PROVINCIAL");
        long provincialUsed = summary.getLong("used.PROVINCIAL");
        long citiesProvided = summary.getLong("provided.PREFECTURE") + summary.getLong("provided.COUNTY");
        long citiesUsed = summary.getLong("used.PREFECTURE") + summary.getLong("used.COUNTY");
        assertThat(wan(total)).isEqualTo("3269.69");
        assertThat(wan(provincialProvided)).isEqualTo("2470.78");
        assertThat(wan(provincialUsed)).isEqualTo("2648.64");
        assertThat(wan(citiesProvided)).isEqualTo("180.56");
        assertThat(wan(citiesUsed)).isEqualTo("621.05");
        assertThat(citiesProvided).isEqualTo(1_805_581);
        assertThat(citiesUsed).isEqualTo(6_210_459);
        // national ministries provide the rest (618.35) and use nothing: total = departments used + cities used
        assertThat(summary.getLong("used.NATIONAL")).isZero();
        assertThat(wan(summary.getLong("provided.NATIONAL"))).isEqualTo("618.35");
        assertThat(total).isEqualTo(provincialUsed + citiesUsed);
        // floor prints the same for every figure but the two 市州 totals
        for (long figure : List.of(total, provincialProvided, provincialUsed, summary.getLong("provided.NATIONAL"))) {
            assertThat(floorWan(figure)).isEqualTo(wan(figure));
        }
    }

    @Test
    void rankings_giveTable3_2_ofProvidedCalls() {
        assertTopTen(
                "PROVIDER",
                List.of(
                        "省政务服务中心",
                        "省市场监管局",
                        "省公安厅",
                        "省乡村振兴局",
                        "省税务局",
                        "省人力资源社会保障厅",
                        "省大数据局",
                        "省民政厅",
                        "省财政厅",
                        "省不动产登记中心"),
                List.of("1154.11", "596.68", "248.88", "106.27", "98.72", "78.40", "34.48", "30.55", "24.65", "24.33"));
    }

    @Test
    void rankings_giveTable3_3_ofUsedCalls() {
        assertTopTen(
                "CONSUMER",
                List.of(
                        "省政务服务中心",
                        "省税务局",
                        "省市场监管局",
                        "省大数据局",
                        "省医保局",
                        "省不动产登记中心",
                        "省人力资源社会保障厅",
                        "省烟草专卖局",
                        "省地方金融监管局",
                        "省能源局"),
                List.of(
                        "1127.39", "760.52", "189.78", "183.08", "126.54", "50.49", "50.42", "40.81", "34.68",
                        "25.22"));
    }

    @Test
    void regions_giveTable4_1_toTheCall() {
        assertRegions(
                "PROVIDER",
                List.of("贵阳市", "黔南州", "遵义市", "六盘水市", "毕节市", "黔西南州", "铜仁市", "安顺市", "黔东南州"),
                List.of(800008L, 654587L, 274772L, 29388L, 23766L, 11408L, 6897L, 4481L, 274L));
    }

    @Test
    void regions_giveTable4_2_toTheCall() {
        assertRegions(
                "CONSUMER",
                List.of("贵阳市", "黔南州", "毕节市", "六盘水市", "遵义市", "安顺市", "黔西南州", "铜仁市", "黔东南州"),
                List.of(3902596L, 827246L, 642903L, 486440L, 303295L, 29227L, 8660L, 6612L, 3480L));
    }

    private void assertTopTen(String side, List<String> names, List<String> figures) {
        JsonPath ranking = get("/rankings", Map.of("month", MONTH, "side", side, "level", "PROVINCIAL", "limit", 100));
        List<String> rankedNames = ranking.getList("orgName");
        List<Long> calls = ranking.getList("calls", Long.class);
        assertThat(rankedNames.subList(0, 10)).containsExactlyElementsOf(names);
        assertThat(calls.subList(0, 10).stream().map(DemoDataTest::wan).toList())
                .containsExactlyElementsOf(figures);
        assertThat(calls.subList(0, 10).stream().map(DemoDataTest::floorWan).toList())
                .containsExactlyElementsOf(figures);
        // all 45 provincial departments of the demo have calls, every other one below the tenth
        assertThat(calls.stream().filter(c -> c > 0)).hasSize(45);
        assertThat(calls.subList(10, calls.size())).allMatch(c -> c < calls.get(9));
    }

    private void assertRegions(String side, List<String> names, List<Long> calls) {
        JsonPath regions = get("/regions", Map.of("month", MONTH, "side", side));
        // the nine regions of the demo lead; regions other tests added to the catalog follow with 0
        assertThat(regions.getList("regionName", String.class).subList(0, 9)).containsExactlyElementsOf(names);
        assertThat(regions.getList("calls", Long.class).subList(0, 9)).containsExactlyElementsOf(calls);
        assertThat(regions.getList("calls", Long.class)
                        .subList(9, regions.getList("calls").size()))
                .allMatch(c -> c == 0);
        assertThat(regions.getList("rank", Integer.class).subList(0, 9)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(calls.stream().mapToLong(Long::longValue).sum())
                .isEqualTo(side.equals("PROVIDER") ? 1_805_581 : 6_210_459);
    }

    private static JsonPath get(String path, Map<String, ?> query) {
        return given().auth()
                .oauth2(Tokens.user("editor").roles("report-editor").get())
                .queryParams(query)
                .get(STATS + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The report's 万 figure: half-up to 0.01 万 (ADR wan-rounding). */
    static String wan(long calls) {
        return BigDecimal.valueOf(calls)
                .movePointLeft(4)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** docs/statistics.md's wording: floor(calls / 100) / 100. */
    static String floorWan(long calls) {
        return BigDecimal.valueOf(calls)
                .movePointLeft(4)
                .setScale(2, RoundingMode.FLOOR)
                .toPlainString();
    }
}
