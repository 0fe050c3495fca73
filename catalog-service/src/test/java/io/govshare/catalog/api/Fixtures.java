package io.govshare.catalog.api;

import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;

/** Test data created through the API itself; every code is unique so tests never see each other's data. */
final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private Fixtures() {}

    static String uniqueCode(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A month no other test uses, far from real data. */
    static String uniqueMonth() {
        int n = SEQUENCE.incrementAndGet();
        return "%04d-%02d".formatted(2100 + n / 12, n % 12 + 1);
    }

    static String region(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}";
    }

    /** Creates a region named 测试区域 and returns its code. */
    static String createRegion() {
        String code = uniqueCode("r");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(region(code, "测试区域"))
                .post("/api/v1/regions")
                .then()
                .statusCode(201);
        return code;
    }

    static String organization(String code, String level, String regionCode) {
        return "{\"code\":\"" + code + "\",\"name\":\"测试单位" + code + "\",\"level\":\"" + level + "\""
                + (regionCode == null ? "" : ",\"regionCode\":\"" + regionCode + "\"") + "}";
    }

    /** Creates an organization of the level (with a new region for PREFECTURE/COUNTY) and returns its code. */
    static String createOrganization(String level) {
        String region = level.equals("PREFECTURE") || level.equals("COUNTY") ? createRegion() : null;
        String code = uniqueCode("o");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(organization(code, level, region))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
        return code;
    }

    static String resource(String code, String providerOrg, String sharingType) {
        return """
                {"code":"%s","name":"测试资源%s","providerOrg":"%s","sharingType":"%s","openType":"NOT_OPEN",
                 "updateFrequency":"DAILY","items":[{"name":"身份证号码","description":"18位"}],"description":"测试"}
                """.formatted(code, code, providerOrg, sharingType);
    }

    /** Creates a CONDITIONAL resource of the provider as the platform admin and returns its code. */
    static String createResource(String providerOrg) {
        String code = uniqueCode("res");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(resource(code, providerOrg, "CONDITIONAL"))
                .post("/api/v1/resources")
                .then()
                .statusCode(201);
        return code;
    }
}
