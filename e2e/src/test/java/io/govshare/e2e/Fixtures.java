package io.govshare.e2e;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/**
 * The catalog objects the end-to-end tests work with, created once and found again on later runs: organizations
 * {@code e2e.*} and resources of 省市场监管局 ({@code gz.scjgj.e2e-*}) and of the e2e organizations. They live beside
 * the demo data and never touch a figure of October 2023 (no regions, no calls, no requests in that month).
 */
public final class Fixtures {

    public static final String APPLICANT_ORG = "gz.zwfwzx";
    public static final String PROVIDER_ORG = "gz.scjgj";
    public static final String OTHER_ORG = "gz.dsjj";
    public static final String REGION = "520100";

    public static final String E2E_PROVIDER = "e2e.gz.provider";
    public static final String E2E_CONSUMER = "e2e.gz.consumer";
    public static final String E2E_CITY_BODY = "e2e.520100.body";
    public static final String E2E_MINISTRY = "e2e.cn.ministry";

    public static final String CONDITIONAL = "gz.scjgj.e2e-conditional";
    public static final String UNCONDITIONAL = "gz.scjgj.e2e-unconditional";
    public static final String NOT_SHAREABLE = "gz.scjgj.e2e-not-shareable";
    public static final String E2E_PROVIDER_RESOURCE = "e2e.gz.provider.001";
    public static final String NATIONAL_RESOURCE = "e2e.cn.ministry.001";

    /** What the hostile-input suite writes with: organizations, and resources of 省市场监管局. */
    public static final String HOSTILE_ORG = "e2e.hostile.org";

    public static final String HOSTILE_PROVIDER = "e2e.hostile.provider";
    public static final String HOSTILE_CONSUMER = "e2e.hostile.consumer";
    public static final String HOSTILE_RESOURCE = "gz.scjgj.e2e-hostile";
    public static final String HOSTILE_NOT_SHAREABLE = "gz.scjgj.e2e-hostile-not-shareable";
    /**
     * A region code the hostile-input suite reads and updates but never creates: every region is a row of the
     * regions tables of every month's report, so a new one would change October 2023.
     */
    public static final String HOSTILE_REGION = "e2e.hostile.region";

    public static final Map<String, Object> REGION_BODY = Map.of("code", REGION, "name", "贵阳市");

    private static boolean ensured;

    private Fixtures() {}

    public static Map<String, Object> organization(String code) {
        return switch (code) {
            case E2E_PROVIDER -> org(code, "端到端测试提供单位", "PROVINCIAL", null);
            case E2E_CONSUMER -> org(code, "端到端测试使用单位", "PROVINCIAL", null);
            case E2E_CITY_BODY -> org(code, "端到端测试贵阳市单位", "PREFECTURE", REGION);
            case E2E_MINISTRY -> org(code, "端到端测试部委", "NATIONAL", null);
            case HOSTILE_ORG -> org(code, "端到端恶意输入测试单位", "PROVINCIAL", null);
            case HOSTILE_PROVIDER -> org(code, "端到端恶意输入测试提供单位", "PROVINCIAL", null);
            case HOSTILE_CONSUMER -> org(code, "端到端恶意输入测试使用单位", "PROVINCIAL", null);
            default -> throw new IllegalArgumentException(code);
        };
    }

    public static Map<String, Object> resource(String code) {
        return switch (code) {
            case CONDITIONAL -> resource(code, "端到端测试企业登记信息", PROVIDER_ORG, "CONDITIONAL");
            case UNCONDITIONAL -> resource(code, "端到端测试企业名录", PROVIDER_ORG, "UNCONDITIONAL");
            case NOT_SHAREABLE -> resource(code, "端到端测试内部核查记录", PROVIDER_ORG, "NOT_SHAREABLE");
            case E2E_PROVIDER_RESOURCE -> resource(code, "端到端测试共享数据", E2E_PROVIDER, "CONDITIONAL");
            case NATIONAL_RESOURCE -> resource(code, "端到端测试国家数据", E2E_MINISTRY, "CONDITIONAL");
            case HOSTILE_RESOURCE -> resource(code, "端到端恶意输入测试数据", PROVIDER_ORG, "CONDITIONAL");
            case HOSTILE_NOT_SHAREABLE -> resource(code, "端到端恶意输入测试内部数据", PROVIDER_ORG, "NOT_SHAREABLE");
            default -> throw new IllegalArgumentException(code);
        };
    }

    /** Creates what is missing (organizations by the admin, 省市场监管局's resources by its own user). */
    public static synchronized void ensure() {
        if (ensured) {
            return;
        }
        ensure(Caller.ADMIN, "/api/v1/regions", REGION, REGION_BODY);
        for (String org : List.of(E2E_PROVIDER, E2E_CONSUMER, E2E_CITY_BODY, E2E_MINISTRY)) {
            ensure(Caller.ADMIN, "/api/v1/organizations", org, organization(org));
        }
        for (String code : List.of(CONDITIONAL, UNCONDITIONAL, NOT_SHAREABLE)) {
            ensure(Caller.SCJG, "/api/v1/resources", code, resource(code));
        }
        for (String code : List.of(E2E_PROVIDER_RESOURCE, NATIONAL_RESOURCE)) {
            ensure(Caller.ADMIN, "/api/v1/resources", code, resource(code));
        }
        ensured = true;
    }

    /** What {@link #ensure()} creates, and the organizations and resources of the hostile-input suite. */
    public static synchronized void ensureHostile() {
        ensure();
        for (String org : List.of(HOSTILE_ORG, HOSTILE_PROVIDER, HOSTILE_CONSUMER)) {
            ensure(Caller.ADMIN, "/api/v1/organizations", org, organization(org));
        }
        for (String code : List.of(HOSTILE_RESOURCE, HOSTILE_NOT_SHAREABLE)) {
            ensure(Caller.ADMIN, "/api/v1/resources", code, resource(code));
        }
    }

    private static void ensure(Caller caller, String path, String code, Map<String, Object> body) {
        Response found = Api.catalog(caller).get(path + "/" + code);
        if (found.statusCode() == 200) {
            return;
        }
        if (found.statusCode() != 404) {
            throw new IllegalStateException(
                    "GET " + path + "/" + code + " answered " + found.statusCode() + ": " + found.asString());
        }
        Response created = Api.catalog(caller).body(body).post(path);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("creating the e2e fixture " + path + "/" + code + " as " + caller.label()
                    + " answered " + created.statusCode() + ": " + created.asString());
        }
    }

    private static Map<String, Object> org(String code, String name, String level, String region) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("name", name);
        body.put("level", level);
        if (region != null) {
            body.put("regionCode", region);
        }
        body.put("active", true);
        return body;
    }

    private static Map<String, Object> resource(String code, String name, String provider, String sharingType) {
        return Map.of(
                "code",
                code,
                "name",
                name,
                "providerOrg",
                provider,
                "sharingType",
                sharingType,
                "openType",
                "NOT_OPEN",
                "updateFrequency",
                "DAILY",
                "items",
                List.of(Map.of("name", "统一社会信用代码", "description", "18 位代码")),
                "description",
                "端到端测试用数据资源");
    }
}
