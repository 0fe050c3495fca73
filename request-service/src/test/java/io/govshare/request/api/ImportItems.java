package io.govshare.request.api;

import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;

/** JSON of import batches (docs/api.md), built by intention-revealing factories. */
final class ImportItems {

    static final String PATH = Fixtures.PATH + "/import";

    private ImportItems() {}

    static String event(String action, String at) {
        return event(action, at, action.equals("REJECT") ? "不符合共享条件" : null);
    }

    static String event(String action, String at, String comment) {
        return "{\"action\":\"" + action + "\",\"at\":\"" + at + "\",\"actor\":\"u-" + action.toLowerCase() + "\""
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
    }

    static String item(String externalId, String applicant, String resource, String... events) {
        return resubmission(externalId, applicant, resource, null, events);
    }

    static String resubmission(
            String externalId, String applicant, String resource, String resubmissionOf, String... events) {
        return "{\"externalId\":\"" + externalId + "\",\"applicantOrg\":\"" + applicant + "\",\"resourceCode\":\""
                + resource + "\"" + (resubmissionOf == null ? "" : ",\"resubmissionOf\":\"" + resubmissionOf + "\"")
                + ",\"purpose\":\"历史申请\",\"events\":[" + String.join(",", events) + "]}";
    }

    static String batch(List<String> items) {
        return "[" + String.join(",", items) + "]";
    }

    static ValidatableResponse post(String body) {
        return post(Tokens.admin(), body);
    }

    static ValidatableResponse post(String token, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then();
    }
}
