package io.govshare.e2e;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** The figures of one month as the services answer them, read before a run so that its effect can be measured. */
final class Figures {

    private final String month;
    JsonPath requests;
    JsonPath national;
    JsonPath timeliness;
    JsonPath exchange;
    JsonPath provider;
    List<Map<String, Object>> regionsProvided;
    List<Map<String, Object>> regionsUsed;
    JsonPath report;

    Figures(String month) {
        this.month = month;
    }

    /** Reads what the services tell and builds a report version. */
    void read() {
        this.requests = requestStats(this.month);
        this.national = national(this.month);
        this.timeliness = timeliness(this.month);
        this.exchange = exchangeSummary(this.month);
        this.provider = organization(Fixtures.E2E_PROVIDER, this.month);
        this.regionsProvided = regions(this.month, "PROVIDER");
        this.regionsUsed = regions(this.month, "CONSUMER");
        this.report = buildReport(this.month);
    }

    static JsonPath requestStats(String month) {
        return get(Stack.REQUESTS, "/api/v1/share-requests/stats", "month", month);
    }

    static JsonPath national(String month) {
        return get(Stack.REQUESTS, "/api/v1/national-applications", "until", month);
    }

    static JsonPath timeliness(String month) {
        return get(Stack.REQUESTS, "/api/v1/share-requests/timeliness", "month", month);
    }

    /** How many requests of the month the provider had responded to; 0 when it is not ranked. */
    static long responded(JsonPath timeliness, String providerOrg) {
        List<Map<String, Object>> rows = timeliness.getList("$");
        return rows.stream()
                .filter(row -> providerOrg.equals(row.get("providerOrg")))
                .mapToLong(row -> ((Number) row.get("responded")).longValue())
                .sum();
    }

    static JsonPath exchangeSummary(String month) {
        return get(Stack.EXCHANGE, "/api/v1/exchange-stats/summary", "month", month);
    }

    static JsonPath organization(String org, String month) {
        return get(Stack.EXCHANGE, "/api/v1/exchange-stats/organizations/" + org, "month", month);
    }

    static List<Map<String, Object>> ranking(String month, String side) {
        return Api.exchange(Caller.SERVICE)
                .queryParam("month", month)
                .queryParam("side", side)
                .queryParam("level", "PROVINCIAL")
                .queryParam("limit", 10)
                .get("/api/v1/exchange-stats/rankings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    static List<Map<String, Object>> regions(String month, String side) {
        return Api.exchange(Caller.SERVICE)
                .queryParam("month", month)
                .queryParam("side", side)
                .get("/api/v1/exchange-stats/regions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    static long regionCalls(List<Map<String, Object>> regions, String regionCode) {
        return regions.stream()
                .filter(row -> regionCode.equals(row.get("regionCode")))
                .mapToLong(row -> ((Number) row.get("calls")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("region " + regionCode + " is not listed: " + regions));
    }

    /** Builds a new draft version of the month's report and returns it (JSON with every figure). */
    static JsonPath buildReport(String month) {
        return Api.report(Caller.EDITOR)
                .post("/api/v1/reports/" + month + "/build")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static JsonPath get(String service, String path, String param, String value) {
        return Api.json(Caller.SERVICE, service)
                .queryParam(param, value)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
