package io.govshare.e2e;

import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Share requests driven through request-service as the demo users: applicant 省政务服务中心, provider 省市场监管局. */
public final class Workflow {

    private Workflow() {}

    public static JsonPath submit(Caller applicant, String resourceCode, String purpose) {
        return Api.requests(applicant)
                .body(Map.of("resourceCode", resourceCode, "purpose", purpose))
                .post("/api/v1/share-requests")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    public static JsonPath act(Caller caller, String id, String action, String comment) {
        return Api.requests(caller)
                .body(Map.of("comment", comment))
                .post("/api/v1/share-requests/" + id + "/" + action)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A new request of 省政务服务中心 for 省市场监管局's conditional resource, in the given status. */
    public static String freshRequest(String status) {
        String id = submit(Caller.ZWFW, Fixtures.CONDITIONAL, "端到端测试：" + status).getString("id");
        switch (status) {
            case "SUBMITTED" -> {}
            case "ACCEPTED" -> act(Caller.SCJG, id, "accept", "受理");
            case "REVIEWED" -> {
                act(Caller.SCJG, id, "accept", "受理");
                act(Caller.SCJG, id, "review", "审核通过");
            }
            case "REJECTED" -> act(Caller.SCJG, id, "reject", "用途不明确，驳回");
            default -> throw new IllegalArgumentException(status);
        }
        return id;
    }
}
