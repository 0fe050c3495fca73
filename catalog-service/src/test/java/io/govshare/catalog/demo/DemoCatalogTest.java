package io.govshare.catalog.demo;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads {@code demo/2023-10} with the real loader ({@code scripts/load-demo --only catalog}) through the API, twice,
 * and checks what the October 2023 report needs from the catalog (REFERENCE-2023-10.md 二(二) and 五).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCatalogTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEMO = ROOT.resolve("demo/2023-10");

    @TestHTTPResource("/")
    URL baseUrl;

    private String firstRun;
    private String secondRun;

    @BeforeAll
    void loadTwice() throws Exception {
        this.firstRun = load();
        this.secondRun = load();
    }

    @Test
    void secondRunChangesNothing() {
        assertThat(this.firstRun).contains("created");
        assertThat(summaryLine(this.secondRun))
                .contains("unchanged")
                .doesNotContain("created")
                .doesNotContain("updated")
                .doesNotContain("recorded");
    }

    @Test
    void everyDemoOrganizationIsStoredWithItsLevelAndRegion() throws IOException {
        List<Map<String, Object>> expected = read("organizations.json");
        for (Map<String, Object> org : expected) {
            Map<String, Object> stored = given().auth()
                    .oauth2(Tokens.admin())
                    .get("/api/v1/organizations/" + org.get("code"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("$");
            assertThat(stored)
                    .containsEntry("name", org.get("name"))
                    .containsEntry("level", org.get("level"))
                    .containsEntry("regionCode", org.get("regionCode"));
        }
        assertThat(expected).hasSizeGreaterThan(100);
    }

    @Test
    void octoberRecommendationsAreTable2_2InOrder() {
        List<Map<String, Object>> items = given().auth()
                .oauth2(Tokens.department("gz.zwfwzx", "dept-user"))
                .queryParam("month", "2023-10")
                .get("/api/v1/recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(items)
                .extracting(i -> i.get("resourceName") + "|" + i.get("ministry"))
                .containsExactly(
                        "就业创业证信息|人力资源和社会保障部",
                        "城乡居民基本养老保险待遇领取信息|人力资源和社会保障部",
                        "技能人员职业技能等级证书|人力资源和社会保障部",
                        "人员社会保险参保缴费、待遇领取信息|人力资源和社会保障部",
                        "社会组织信息|民政部",
                        "全国志愿者信息(备用通道)|民政部",
                        "科技型中小企业入库登记|科学技术部",
                        "轨迹信息(重点营运车辆动态信息)|交通运输部",
                        "全员人口信息|国家卫生健康委员会",
                        "死亡医学证明查询|国家卫生健康委员会");
    }

    @Test
    void ledgerAtTheEndOfOctoberIsSectionFive_evenAfterNovemberChanges() {
        Map<String, List<String>> october = ledgerNames("2023-10-31");
        assertThat(october.get("COMPLETED")).containsExactly("省民政厅", "省司法厅", "省妇联");
        assertThat(october.get("IN_PROGRESS")).containsExactly("省文化和旅游厅", "省大数据局", "省生态移民局", "省粮食和储备局", "省公共资源交易中心");
        assertThat(october.get("SCHEDULED"))
                .containsExactly("省应急厅", "省人社厅", "省市场监管局", "省机关事务局", "省金融监管局", "省药监局", "省消防救援总队");
        Map<String, List<String>> november = ledgerNames("2023-11-30");
        assertThat(november.get("COMPLETED")).contains("省文化和旅游厅");
        assertThat(november.get("IN_PROGRESS")).contains("省应急厅");
    }

    private Map<String, List<String>> ledgerNames(String day) {
        List<Map<String, Object>> units = given().auth()
                .oauth2(Tokens.department("gz.zwfwzx", "dept-user"))
                .queryParam("asOf", day)
                .get("/api/v1/ledger/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return units.stream()
                .filter(u -> u.get("orgCode").toString().startsWith("gz."))
                .collect(java.util.stream.Collectors.groupingBy(
                        u -> u.get("status").toString(),
                        java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.mapping(
                                u -> String.valueOf(
                                        u.get("orgShortName") != null ? u.get("orgShortName") : u.get("orgName")),
                                java.util.stream.Collectors.toList())));
    }

    private String load() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        "python3",
                        ROOT.resolve("scripts/load-demo").toString(),
                        "--only",
                        "catalog",
                        "--month-dir",
                        DEMO.toString(),
                        "--catalog-url",
                        this.baseUrl.toString())
                .redirectErrorStream(true);
        builder.environment().put("GOVSHARE_TOKEN", Tokens.admin());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String summaryLine(String output) {
        return output.lines()
                .filter(l -> l.contains("catalog: regions"))
                .findFirst()
                .orElseThrow();
    }

    private static List<Map<String, Object>> read(String file) throws IOException {
        return new ObjectMapper().readValue(Files.readString(DEMO.resolve(file)), new TypeReference<>() {});
    }
}
