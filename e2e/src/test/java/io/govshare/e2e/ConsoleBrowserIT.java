package io.govshare.e2e;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console (docs/console.md) in a real headless Chromium against the running stack, logging in on the real
 * Keycloak page: the department's figures, an application through the whole workflow, what another department
 * does not see, the Chinese validation message, the editor's month, a department's download; axe-core on every
 * page and a screenshot of each under target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    static final String PROVIDER_RESOURCE = "gz.zwfwzx.001";
    /** The request scjg applies for in this run, accepted, reviewed and signed by zwfw. */
    static String requestId;
    /** A month before 1999 (the e2e convention for reports) that the editor builds and publishes. */
    static final String REPORT_MONTH = YearMonth.of(1980, 1)
            .plusMonths(ThreadLocalRandom.current().nextInt(19 * 12))
            .toString();

    static final Map<String, Path> SCREENSHOTS = new LinkedHashMap<>();
    static Instant started;

    @BeforeAll
    static void start() {
        started = Instant.now();
        Fixtures.ensure();
        assertThat(Files.isExecutable(Path.of(System.getProperty("govshare.e2e.chromium", "/usr/bin/chromium"))))
                .as("Debian's chromium (scripts/test installs it)")
                .isTrue();
    }

    @AfterAll
    static void report() {
        System.out.println("[console] browser suite took "
                + Duration.between(started, Instant.now()).toSeconds() + " s; screenshots:");
        SCREENSHOTS.forEach((page, file) -> System.out.println("  " + page + " -> " + file));
    }

    @Test
    @Order(1)
    void zwfwSeesTheSameProvidedAndUsedFiguresAsTheApi() {
        JsonPath api = Api.exchange(Caller.ZWFW)
                .get("/api/v1/exchange-stats/organizations/gz.zwfwzx?month=2023-10")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        try (Browser zwfw = Browser.signedIn("zwfw", "/?month=2023-10")) {
            assertThat(zwfw.find("html").getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(zwfw.find("#provided-calls").getAttribute("value")).isEqualTo(api.getString("provided"));
            assertThat(zwfw.find("#used-calls").getAttribute("value")).isEqualTo(api.getString("used"));
            assertThat(zwfw.text("#month-title")).contains("2023年10月");
            assertThat(zwfw.all("#chart-by-day canvas"))
                    .as("the ECharts chart is drawn")
                    .isNotEmpty();
            SCREENSHOTS.put("/ 首页 (1366×768)", zwfw.check("home"));
            zwfw.open("/apply/" + Fixtures.NOT_SHAREABLE);
            assertThat(zwfw.text("#not-shareable")).contains("不予共享");
            assertThat(zwfw.all("form.apply"))
                    .as("no form for a NOT_SHAREABLE resource")
                    .isEmpty();
            SCREENSHOTS.put("/apply/{code} 不予共享", zwfw.check("apply-not-shareable"));
            zwfw.open("/?month=2023-10");
            zwfw.driver().manage().window().setSize(new Dimension(768, 1024));
            zwfw.open("/?month=2023-10");
            SCREENSHOTS.put("/ 首页 (tablet 768×1024)", zwfw.check("home-tablet"));
        }
    }

    @Test
    @Order(2)
    void anotherDepartmentAppliesForAResourceOfZwfw() {
        String name = Api.catalog(Caller.SCJG)
                .get("/api/v1/resources/" + PROVIDER_RESOURCE)
                .then()
                .statusCode(200)
                .extract()
                .path("name");
        try (Browser scjg = Browser.signedIn(
                "scjg", "/apply?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))) {
            SCREENSHOTS.put("/apply 申请数据", scjg.check("apply"));
            scjg.clickAndWait("a[href='/apply/" + PROVIDER_RESOURCE + "']");
            assertThat(scjg.text("#sharing-type")).isEqualTo("有条件共享");
            SCREENSHOTS.put("/apply/{code} 申请表", scjg.check("apply-form"));
            scjg.find("#purpose").sendKeys("端到端测试：控制台申请（企业开办一件事）");
            scjg.find("#legalBasis").sendKeys("《政务数据共享管理办法》");
            scjg.clickAndWait("#submit");
            assertThat(scjg.driver().getCurrentUrl()).contains("/requests/").endsWith("?done=SUBMIT");
            requestId = scjg.driver().getCurrentUrl().replaceAll(".*/requests/([0-9a-f-]{36}).*", "$1");
            assertThat(scjg.text("#status")).isEqualTo("待受理");
            scjg.open("/requests");
            assertThat(scjg.all("#requests-table a[href='/requests/" + requestId + "']"))
                    .hasSize(1);
            SCREENSHOTS.put("/requests 我的申请", scjg.check("requests"));
        }
    }

    @Test
    @Order(3)
    void itAppearsInZwfwsInboxAndARejectionWithoutReasonShowsTheChineseMessageNextToTheField() {
        assertThat(requestId).as("the application of the previous step").isNotNull();
        try (Browser zwfw = Browser.signedIn("zwfw", "/inbox")) {
            SCREENSHOTS.put("/inbox 待办", zwfw.check("inbox"));
            // sorted by deadline: the new request may be on a later page
            for (int page = 0;
                    zwfw.all("#inbox-table a[href='/requests/" + requestId + "']")
                            .isEmpty();
                    page++) {
                assertThat(zwfw.all("nav.pager a[href*='page=" + (page + 1) + "']"))
                        .as("the request in zwfw's 待办")
                        .isNotEmpty();
                zwfw.open("/inbox?page=" + (page + 1));
            }
            zwfw.clickAndWait("#inbox-table a[href='/requests/" + requestId + "']");

            zwfw.clickAndWait("#action-REJECT");
            assertThat(zwfw.find("#comment").getAttribute("aria-describedby")).isEqualTo("comment-error");
            assertThat(zwfw.text("#status")).as("nothing changed").isEqualTo("待受理");
            SCREENSHOTS.put("/requests/{id} 驳回未填理由", zwfw.check("detail-reject-without-reason"));
            assertThat(zwfw.text("#comment-error"))
                    .as("request-service's Chinese message next to the reason")
                    .containsPattern("\\p{IsHan}");
        }
    }

    @Test
    @Order(4)
    void zwfwAcceptsReviewsAndSignsThroughTheUiAndTheDetailShowsTheAuditTrail() {
        assertThat(requestId).as("the application of step 2").isNotNull();
        try (Browser zwfw = Browser.signedIn("zwfw", "/requests/" + requestId)) {
            act(zwfw, "ACCEPT", "已受理");
            act(zwfw, "REVIEW", "已审核");
            act(zwfw, "SIGN", "已签发");
            assertThat(zwfw.all("#history tbody tr")).hasSize(4);
            assertThat(zwfw.text("#history")).contains("提交", "受理", "审核", "签发", "scjg", "zwfw");
            assertThat(zwfw.all("form.act")).as("nothing left to do").isEmpty();
            SCREENSHOTS.put("/requests/{id} 申请详情与办理记录", zwfw.check("detail"));
        }
        JsonPath api = Api.requests(Caller.ZWFW)
                .get("/api/v1/share-requests/" + requestId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(api.getString("status")).isEqualTo("SIGNED");
    }

    @Test
    @Order(5)
    void dsjSeesItNowhere() {
        try (Browser dsj = Browser.signedIn("dsj", "/inbox")) {
            assertThat(dsj.driver().getPageSource()).doesNotContain(requestId);
            dsj.open("/requests");
            assertThat(dsj.driver().getPageSource()).doesNotContain(requestId);
            dsj.open("/requests/" + requestId);
            assertThat(dsj.text("h1")).isEqualTo("未找到");
            SCREENSHOTS.put("/requests/{id} 非本单位（404）", dsj.check("detail-not-found"));
            assertThat(dsj.text("#problem-detail"))
                    .as("request-service's Chinese detail")
                    .containsPattern("\\p{IsHan}");
        }
    }

    @Test
    @Order(6)
    void theEditorBuildsAMonthSeesItsChecksAndPublishesWithAReason() {
        try (Browser editor = Browser.signedIn("editor", "/admin/reports?month=" + REPORT_MONTH)) {
            editor.clickAndWait("#build");
            assertThat(editor.text("#done")).contains("已生成");
            assertThat(editor.all("#checks tbody tr")).isNotEmpty();
            for (WebElement failed : editor.all("#checks tr.check-failed td")) {
                assertThat(failed.getCssValue("color"))
                        .as("a failing check is red")
                        .isEqualTo("rgba(164, 14, 38, 1)");
            }
            SCREENSHOTS.put("/admin/reports 月报编制", editor.check("admin-reports"));
            if (!editor.find("#override").isSelected()) {
                editor.find("#override").click();
            }
            editor.find("#reason").sendKeys("端到端测试：检查结果已人工核对");
            editor.clickAndWait("#publish");
            assertThat(editor.text("#done")).isEqualTo("已发布。");
            if (!editor.all("#checks tr.check-failed").isEmpty()) {
                // report-service records the reason only where it overrode a failed check
                assertThat(editor.driver().getPageSource()).contains("端到端测试：检查结果已人工核对");
            }
            editor.open("/reports");
            SCREENSHOTS.put("/reports 月报（编辑）", editor.check("reports-editor"));
        }
    }

    @Test
    @Order(7)
    void aDepartmentDownloadsThatMonthsPdf() {
        try (Browser zwfw = Browser.signedIn("zwfw", "/reports")) {
            SCREENSHOTS.put("/reports 月报（部门）", zwfw.check("reports"));
            WebElement link = zwfw.all("#reports-table a[id^='pdf-" + REPORT_MONTH + "-v']").stream()
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no PDF of " + REPORT_MONTH + " in 月报"));
            String href = link.getAttribute("href").substring(Browser.CONSOLE.length());
            HttpResponse<byte[]> pdf = zwfw.fetch(href);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
    }

    @Test
    @Order(8)
    void thePlatformAdministratorsPages() {
        try (Browser admin = Browser.signedIn("admin", "/admin/ledger?asOf=2023-10-31")) {
            assertThat(admin.all("#ledger tbody tr")).isNotEmpty();
            SCREENSHOTS.put("/admin/ledger 一本账", admin.check("admin-ledger"));
            admin.open("/admin/catalog");
            assertThat(admin.all("#organizations tbody tr")).isNotEmpty();
            SCREENSHOTS.put("/admin/catalog 目录管理", admin.check("admin-catalog"));
            admin.open("/admin/catalog?tab=resources&q="
                    + java.net.URLEncoder.encode("企业", java.nio.charset.StandardCharsets.UTF_8));
            SCREENSHOTS.put("/admin/catalog?tab=resources", admin.check("admin-catalog-resources"));
            admin.open("/?month=2023-10");
            SCREENSHOTS.put("/ 首页（平台管理员，无单位）", admin.check("home-admin"));
            // RP-initiated logout: the identity provider ends its session and sends the browser to /signed-out
            admin.clickAndWait("form[action='/logout'] button");
            assertThat(admin.driver().getCurrentUrl()).startsWith(Browser.CONSOLE + "/signed-out");
            SCREENSHOTS.put("/signed-out 已退出", admin.check("signed-out"));
            admin.driver().get(Browser.CONSOLE + "/admin/ledger");
            admin.waitFor(org.openqa.selenium.By.id("username"));
            assertThat(admin.driver().getCurrentUrl())
                    .as("signed out: a page asks for the login again")
                    .contains("/realms/govshare/");
        }
    }

    private static void act(Browser browser, String action, String status) {
        browser.clickAndWait("#action-" + action);
        assertThat(browser.text("#done")).isEqualTo("已" + io.govshare.e2e.ConsoleBrowserIT.label(action) + "。");
        assertThat(browser.text("#status")).isEqualTo(status);
    }

    static String label(String action) {
        return switch (action) {
            case "ACCEPT" -> "受理";
            case "REVIEW" -> "审核";
            case "SIGN" -> "签发";
            default -> action;
        };
    }
}
