package io.govshare.catalog.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OrganizationResourceTest {

    private static final String PATH = "/api/v1/organizations";

    @Nested
    class Create {

        @Test
        void create_returns201_forProvincialWithoutRegion() {
            String code = Fixtures.uniqueCode("o");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"code\":\"" + code + "\",\"name\":\"省人力资源社会保障厅\",\"shortName\":\"省人社厅\","
                            + "\"level\":\"PROVINCIAL\"}")
                    .post(PATH)
                    .then()
                    .statusCode(201)
                    .body("level", equalTo("PROVINCIAL"))
                    .body("shortName", equalTo("省人社厅"))
                    .body("active", equalTo(true));
        }

        @Test
        void create_returns201_forCountyWithRegion() {
            String region = Fixtures.createRegion();
            String code = Fixtures.uniqueCode("o");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.organization(code, "COUNTY", region))
                    .post(PATH)
                    .then()
                    .statusCode(201)
                    .body("regionCode", equalTo(region));
        }

        @Test
        void create_returns400NamingLevel_forUnknownLevel() {
            String code = Fixtures.uniqueCode("o");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.organization(code, "GALACTIC", null))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("level"));
            assertAbsent(code);
        }

        @Test
        void create_returns400NamingRegionCode_forCountyWithoutRegion() {
            String code = Fixtures.uniqueCode("o");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.organization(code, "COUNTY", null))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("regionCode"));
            assertAbsent(code);
        }

        @Test
        void create_returns400NamingRegionCode_forUnknownRegionOrRegionOfProvincialBody() {
            String region = Fixtures.createRegion();
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.organization(Fixtures.uniqueCode("o"), "PREFECTURE", "no-such-region"))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("regionCode"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.organization(Fixtures.uniqueCode("o"), "PROVINCIAL", region))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("regionCode"));
        }

        @Test
        void create_returns409_forDuplicateCode_andKeepsTheFirst() {
            String code = Fixtures.createOrganization("PROVINCIAL");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"code\":\"" + code + "\",\"name\":\"另一个\",\"level\":\"NATIONAL\"}")
                    .post(PATH)
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("https://govshare.io/problems/conflict"));
            given().auth().oauth2(Tokens.admin()).get(PATH + "/" + code).then().body("level", equalTo("PROVINCIAL"));
        }

        @Test
        void create_returns400_forMissingOrInvalidCode() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"name\":\"无代码\",\"level\":\"NATIONAL\"}")
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("code"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"code\":\"has space\",\"name\":\"x\",\"level\":\"NATIONAL\"}")
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("code"));
        }

        @Test
        void create_returns403ForDepartmentUsers_and401WithoutToken() {
            String code = Fixtures.uniqueCode("o");
            String body = Fixtures.organization(code, "PROVINCIAL", null);
            given().auth()
                    .oauth2(Tokens.department("gz.zwfwzx", "dept-user", "dept-reviewer", "dept-signer"))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(PATH)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Tokens.user("svc").roles("service").get())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(PATH)
                    .then()
                    .statusCode(403);
            given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(401);
            assertAbsent(code);
        }
    }

    @Nested
    class Update {

        @Test
        void update_deactivates_insteadOfDeleting() {
            String code = Fixtures.createOrganization("PROVINCIAL");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"name\":\"已撤销单位\",\"level\":\"PROVINCIAL\",\"active\":false}")
                    .put(PATH + "/" + code)
                    .then()
                    .statusCode(200)
                    .body("active", equalTo(false))
                    .body("name", equalTo("已撤销单位"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("active", false)
                    .queryParam("size", 500)
                    .get(PATH)
                    .then()
                    .body("items.code", hasItem(code));
        }

        @Test
        void update_returns404_forUnknownCode_and400_forCodeMismatch() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"name\":\"x\",\"level\":\"NATIONAL\"}")
                    .put(PATH + "/no-such-org")
                    .then()
                    .statusCode(404);
            String code = Fixtures.createOrganization("NATIONAL");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"code\":\"other\",\"name\":\"x\",\"level\":\"NATIONAL\"}")
                    .put(PATH + "/" + code)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("code"));
        }

        @Test
        void update_returns403_forDepartmentUser() {
            String code = Fixtures.createOrganization("NATIONAL");
            given().auth()
                    .oauth2(Tokens.department(code, "dept-user"))
                    .contentType(ContentType.JSON)
                    .body("{\"name\":\"改名\",\"level\":\"NATIONAL\"}")
                    .put(PATH + "/" + code)
                    .then()
                    .statusCode(403);
        }
    }

    @Nested
    class List {

        @Test
        void list_filtersByLevelRegionAndName() {
            String county = Fixtures.createOrganization("COUNTY");
            String region = given().auth()
                    .oauth2(Tokens.admin())
                    .get(PATH + "/" + county)
                    .then()
                    .extract()
                    .path("regionCode");
            given().auth()
                    .oauth2(Tokens.department("x", "dept-user"))
                    .queryParam("regionCode", region)
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items.code", contains(county));
            given().auth()
                    .oauth2(Tokens.department("x", "dept-user"))
                    .queryParam("level", "NATIONAL")
                    .queryParam("size", 500)
                    .get(PATH)
                    .then()
                    .body("items.level", everyItem(equalTo("NATIONAL")))
                    .body("items.code", not(hasItem(county)));
            given().auth()
                    .oauth2(Tokens.department("x", "dept-user"))
                    .queryParam("q", "测试单位" + county)
                    .get(PATH)
                    .then()
                    .body("items.code", contains(county));
        }

        @Test
        void list_pagesWithinBounds() {
            Fixtures.createOrganization("NATIONAL");
            Fixtures.createOrganization("NATIONAL");
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("size", 1)
                    .queryParam("page", 1)
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("page", equalTo(1))
                    .body("size", equalTo(1));
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("page", 100000)
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(0));
            for (String bad : new String[] {"page=-1", "size=0", "size=501", "size=x"}) {
                given().auth()
                        .oauth2(Tokens.admin())
                        .get(PATH + "?" + bad)
                        .then()
                        .statusCode(400)
                        .body("errors.field", contains(bad.substring(0, bad.indexOf('='))));
            }
        }

        @Test
        void list_returns400_forUnknownLevelFilter() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("level", "GALACTIC")
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("level"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(PATH + "?page=abc")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("page"));
        }
    }

    private static void assertAbsent(String code) {
        given().auth().oauth2(Tokens.admin()).get(PATH + "/" + code).then().statusCode(404);
    }
}
