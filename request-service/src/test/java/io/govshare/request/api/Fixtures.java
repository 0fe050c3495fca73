package io.govshare.request.api;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogStub;

import static io.restassured.RestAssured.given;

/**
 * Test data created through the API and the stand-in catalog; every organization and resource is new, so tests never
 * see each other's requests. Requests made here are submitted "now" (November 2026 or later); statistics tests use
 * other months.
 */
final class Fixtures {

    static final String PATH = "/api/v1/share-requests";

    private Fixtures() {}

    /** A provincial applicant and a provider with a CONDITIONAL resource, all new. */
    record Setup(String applicant, String provider, String resource) {

        String applicantUser() {
            return Tokens.department(this.applicant, "dept-user");
        }

        String providerReviewer() {
            return Tokens.department(this.provider, "dept-reviewer");
        }

        String providerSigner() {
            return Tokens.department(this.provider, "dept-signer");
        }
    }

    static Setup setup() {
        return setup("PROVINCIAL", "CONDITIONAL");
    }

    static Setup setup(String providerLevel, String sharingType) {
        CatalogStub catalog = CatalogStub.running();
        String applicant = catalog.organization("PROVINCIAL");
        String provider = catalog.organization(providerLevel);
        return new Setup(applicant, provider, catalog.resource(provider, sharingType));
    }

    static String submission(String resourceCode) {
        return """
                {"resourceCode":"%s","purpose":"核验企业登记信息","legalBasis":"《贵州省政务数据资源管理办法》"}
                """.formatted(resourceCode);
    }

    static ValidatableResponse submit(String token, String resourceCode) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(submission(resourceCode))
                .post(PATH)
                .then();
    }

    /** Submits the setup's resource as its applicant and returns the new request's id. */
    static String submitted(Setup setup) {
        return submit(setup.applicantUser(), setup.resource())
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse act(String token, String id, String action, String comment) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(comment == null ? "{}" : "{\"comment\":\"" + comment + "\"}")
                .post(PATH + "/" + id + "/" + action)
                .then();
    }

    /** The id of the request imported with this external id for this applicant. */
    static String imported(String applicant, String externalId) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(Tokens.admin())
                .queryParam("applicantOrg", applicant)
                .queryParam("size", 500)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(i -> externalId.equals(i.get("externalId")))
                .map(i -> (String) i.get("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(externalId + " was not stored"));
    }

    static ValidatableResponse read(String token, String id) {
        return given().auth().oauth2(token).get(PATH + "/" + id).then();
    }
}
