package io.govshare.request.api;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogStub;
import io.govshare.request.CatalogWireMock;

import static io.govshare.request.api.ImportItems.batch;
import static io.govshare.request.api.ImportItems.event;
import static io.govshare.request.api.ImportItems.item;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * request-service's cases of issue 11: malformed codes, pages, months and Accept headers are the caller's 4xx
 * problem, never a 5xx, and a bad code never reaches the catalog (so it can never turn into a 503 of a call that
 * failed). Imported items are refused one by one. Texts are Chinese where asked.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class HostileInputTest {

    private static final String VALIDATION = "https://govshare.io/problems/validation";

    @TestHTTPResource("/")
    URL base;

    static List<String> malformedCodes() {
        return List.of("gz.scjgj." + "0".repeat(56), "gz scjgj", "../x", "-x", "gz.scjgj.002;drop");
    }

    @ParameterizedTest
    @MethodSource("malformedCodes")
    void aMalformedResourceCode_is400NamingIt_beforeTheCatalogIsAsked(String code) {
        Fixtures.Setup setup = Fixtures.setup();
        int calls = CatalogStub.running().calls();
        Fixtures.submit(setup.applicantUser(), code)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("errors.field", contains("resourceCode"));
        assertThat(CatalogStub.running().calls()).isEqualTo(calls);
    }

    @Test
    void aResourceCodeOfFiveThousandCharactersOrWithNul_is400_beforeTheCatalogIsAsked() {
        Fixtures.Setup setup = Fixtures.setup();
        int calls = CatalogStub.running().calls();
        Fixtures.submit(setup.applicantUser(), "a".repeat(5000))
                .statusCode(400)
                .body("errors.field", contains("resourceCode"));
        Fixtures.submit(setup.applicantUser(), setup.resource() + "\\u0000")
                .statusCode(400)
                .body("errors.field", contains("resourceCode"));
        assertThat(CatalogStub.running().calls()).isEqualTo(calls);
    }

    @Test
    void malformedOrganizationFilters_are400NamingThem() {
        String admin = Tokens.admin();
        given().auth()
                .oauth2(admin)
                .queryParam("applicantOrg", "x".repeat(65))
                .get(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("applicantOrg"));
        given().auth()
                .oauth2(admin)
                .queryParam("providerOrg", "gz/scjgj")
                .get(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("providerOrg"));
        // a NUL in the URI is refused by the HTTP layer before any parameter is read
        given().auth()
                .oauth2(admin)
                .urlEncodingEnabled(false)
                .get(Fixtures.PATH + "?providerOrg=gz%00scjgj")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anImportWithABadCode_refusesThatItem_andStoresTheGoodOnes_withoutAskingTheCatalogForIt() {
        Fixtures.Setup setup = Fixtures.setup();
        String x = CatalogStub.uniqueCode("hostile");
        String tooLong = "r".repeat(65);
        ImportItems.post(batch(List.of(
                        item(
                                x + "-0",
                                setup.applicant(),
                                setup.resource(),
                                event("SUBMIT", "2022-05-02T09:00:00+08:00")),
                        item(x + "-1", setup.applicant(), tooLong, event("SUBMIT", "2022-05-02T09:00:00+08:00")),
                        item(
                                x + "-2",
                                setup.applicant(),
                                setup.resource(),
                                event("SUBMIT", "2022-05-03T09:00:00+08:00")))))
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("errors.index", contains(1))
                .body("errors.externalId", contains(x + "-1"))
                .body("errors.field", contains("resourceCode"));
        assertThat(CatalogStub.running().callsWithToken(tooLong)).isZero();
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("applicantOrg", setup.applicant())
                .get(Fixtures.PATH)
                .then()
                .body("items.externalId", contains(x + "-2", x + "-0"));
    }

    @Test
    void anImportWithABadApplicant_refusesThatItem_andStoresTheGoodOnes() {
        Fixtures.Setup setup = Fixtures.setup();
        String x = CatalogStub.uniqueCode("hostile");
        ImportItems.post(batch(List.of(
                        item(
                                x + "-0",
                                setup.applicant(),
                                setup.resource(),
                                event("SUBMIT", "2022-05-04T09:00:00+08:00")),
                        item(
                                x + "-1",
                                setup.applicant(),
                                setup.resource(),
                                event("SUBMIT", "2022-05-04T10:00:00+08:00")),
                        item(x + "-2", "gz zwfwzx", setup.resource(), event("SUBMIT", "2022-05-04T11:00:00+08:00")))))
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("errors.index", contains(2))
                .body("errors.field", contains("applicantOrg"));
    }

    @Test
    void aNulAnywhereInAnImport_is400NamingTheField_andStoresNothing() {
        Fixtures.Setup setup = Fixtures.setup();
        String x = CatalogStub.uniqueCode("hostile");
        int calls = CatalogStub.running().calls();
        ImportItems.post(batch(List.of(
                        item(
                                x + "-0",
                                setup.applicant(),
                                setup.resource(),
                                event("SUBMIT", "2022-05-05T09:00:00+08:00")),
                        item(x + "-1", setup.applicant(), "gz\\u0000x", event("SUBMIT", "2022-05-05T09:00:00+08:00")))))
                .statusCode(400)
                .body("type", equalTo(VALIDATION))
                .body("errors.field", contains("[1].resourceCode"));
        assertThat(CatalogStub.running().calls()).isEqualTo(calls);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("applicantOrg", setup.applicant())
                .get(Fixtures.PATH)
                .then()
                .body("total", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=2147483647", "page=4294968&size=500", "page=-1", "size=0", "size=501"})
    void aPageOutOfRange_is400NamingIt(String query) {
        given().auth()
                .oauth2(Tokens.admin())
                .get(Fixtures.PATH + "?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(query.substring(0, query.indexOf('='))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01", "0000-01", "1969-12", "10000-01", "2023-13", "2023-1"})
    void aMonthOutOfRangeOrMalformed_is400NamingIt(String month) {
        String editor = Tokens.user("editor").roles("report-editor").get();
        for (String path : List.of("/api/v1/share-requests/stats", "/api/v1/share-requests/timeliness")) {
            given().auth()
                    .oauth2(editor)
                    .queryParam("month", month)
                    .get(path)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("month"));
        }
        given().auth()
                .oauth2(editor)
                .queryParam("until", month)
                .get("/api/v1/national-applications")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("until"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("month", month)
                .get(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("month"));
    }

    @Test
    void anUnreadableAccept_is406_andAnEmptyOneIsAnything() throws Exception {
        HttpResponse<String> unreadable = get(Fixtures.PATH, ";;;no/type/here");
        assertThat(unreadable.statusCode()).isEqualTo(406);
        assertThat(unreadable.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> empty = get(Fixtures.PATH, "");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(200);
    }

    @Test
    void problemsAndImportErrors_areInChineseWhenAsked() {
        Fixtures.Setup setup = Fixtures.setup();
        String id = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), id, "accept", null).statusCode(200);
        given().auth()
                .oauth2(setup.providerReviewer())
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .contentType(ContentType.JSON)
                .body("{}")
                .post(Fixtures.PATH + "/" + id + "/accept")
                .then()
                .statusCode(409)
                .header("Content-Language", startsWith("zh"))
                .body("title", equalTo("当前状态下不能执行此操作"))
                .body("detail", equalTo("状态为 ACCEPTED 的申请不能执行 ACCEPT"))
                .body("currentStatus", equalTo("ACCEPTED"))
                .body("availableActions", contains("REVIEW", "REJECT"));
        given().auth()
                .oauth2(setup.applicantUser())
                .header("Accept-Language", "zh")
                .contentType(ContentType.JSON)
                .body("{\"resourceCode\":\"gz scjgj\",\"purpose\":\"核验\"}")
                .post(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("title", equalTo("输入无效"))
                .body("errors[0].message", equalTo("必须为 1–64 位字母、数字、“.”、“-”或“_”，并以字母或数字开头"));
        given().auth()
                .oauth2(Tokens.admin())
                .header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON)
                .body(batch(List.of(item(
                        CatalogStub.uniqueCode("zh"),
                        setup.applicant(),
                        "no-such-resource",
                        event("SUBMIT", "2022-05-06T09:00:00+08:00")))))
                .post(ImportItems.PATH)
                .then()
                .statusCode(200)
                .body("errors[0].message", equalTo("目录中没有资源“no-such-resource”"));
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(this.base.toString()).resolve(path.substring(1)))
                .header("Authorization", "Bearer " + Tokens.admin())
                .header("Accept", accept)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
