package io.govshare.exchange.api;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import io.govshare.common.testing.Tokens;
import io.govshare.exchange.CatalogWireMock;

import static io.restassured.RestAssured.given;

/** Test data built through the API, with unique codes and months so that tests never see each other's records. */
public final class Fixtures {

    public static final String RECORDS = "/api/v1/exchange-records";
    public static final String STATS = "/api/v1/exchange-stats";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger MONTHS = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private Fixtures() {}

    /** The exchange gateway's client-credentials token (client and role exchange-gateway, no organization). */
    public static String gateway() {
        return Tokens.user("service-account-exchange-gateway")
                .client("exchange-gateway")
                .roles("exchange-gateway")
                .get();
    }

    /** Another service of the platform (role service): report-service. */
    public static String reportService() {
        return Tokens.service("report-service");
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A month no other test uses (the demo month 2023-10 is never handed out). */
    public static YearMonth uniqueMonth() {
        return YearMonth.of(2001, 1).plusMonths(MONTHS.getAndIncrement());
    }

    /** Adds an organization of the level to the catalog and returns its code. */
    public static String organization(String level) {
        return organization(level, level.equals("PREFECTURE") || level.equals("COUNTY") ? region() : null);
    }

    public static String organization(String level, String regionCode) {
        String code = uniqueCode("o");
        CatalogWireMock.addOrganization(code, "测试单位" + code, level, regionCode);
        return code;
    }

    /** Adds a region to the catalog and returns its code. */
    public static String region() {
        String code = uniqueCode("r");
        CatalogWireMock.addRegion(code, "测试区域" + code);
        return code;
    }

    /** One record as a CSV line. */
    public static String csv(
            String id, String occurredAt, String provider, String consumer, String resource, Object calls) {
        return String.join(
                ",", id, occurredAt, provider, consumer, resource == null ? "" : resource, String.valueOf(calls));
    }

    public static String csvBody(List<String> lines) {
        return "id,occurredAt,providerOrg,consumerOrg,resourceCode,calls\n" + String.join("\n", lines) + "\n";
    }

    /** One record as a JSON object. */
    public static String json(
            String id, String occurredAt, String provider, String consumer, String resource, long calls) {
        return "{\"id\":\"%s\",\"occurredAt\":\"%s\",\"providerOrg\":\"%s\",\"consumerOrg\":\"%s\",%s\"calls\":%d}"
                .formatted(
                        id,
                        occurredAt,
                        provider,
                        consumer,
                        resource == null ? "" : "\"resourceCode\":\"" + resource + "\",",
                        calls);
    }

    public static ValidatableResponse post(String contentType, String body) {
        return given().auth()
                .oauth2(gateway())
                .contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(RECORDS)
                .then();
    }

    public static ValidatableResponse postCsv(List<String> lines) {
        return post("text/csv", csvBody(lines));
    }

    public static ValidatableResponse summary(YearMonth month) {
        return given().auth()
                .oauth2(Tokens.admin())
                .queryParam("month", month.toString())
                .get(STATS + "/summary")
                .then();
    }

    public static ValidatableResponse organizationStats(String org, YearMonth month) {
        return given().auth()
                .oauth2(Tokens.admin())
                .queryParam("month", month.toString())
                .get(STATS + "/organizations/" + org)
                .then();
    }

    /** The first instant of a month in Asia/Shanghai plus some hours, as ISO text with +08:00. */
    public static String at(YearMonth month, int day, int hour) {
        return "%s-%02dT%02d:15:00+08:00".formatted(month, day, hour);
    }

    public static final ContentType JSON = ContentType.JSON;
}
