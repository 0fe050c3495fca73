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

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DataResourceResourceTest {

    private static final String PATH = "/api/v1/resources";

    @Nested
    class Create {

        @Test
        void create_returns201_forAdmin() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            String code = Fixtures.uniqueCode("res");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(code, provider, "UNCONDITIONAL"))
                    .post(PATH)
                    .then()
                    .statusCode(201)
                    .body("providerOrg", equalTo(provider))
                    .body("sharingType", equalTo("UNCONDITIONAL"))
                    .body("items[0].name", equalTo("身份证号码"))
                    .body("items[0].description", equalTo("18位"));
        }

        @Test
        void create_returns201_forUserOfTheProvider() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            given().auth()
                    .oauth2(Tokens.department(provider, "dept-user"))
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(Fixtures.uniqueCode("res"), provider, "CONDITIONAL"))
                    .post(PATH)
                    .then()
                    .statusCode(201);
        }

        @Test
        void create_returns403AndStoresNothing_forUserOfAnotherDepartment() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            String other = Fixtures.createOrganization("PROVINCIAL");
            String code = Fixtures.uniqueCode("res");
            given().auth()
                    .oauth2(Tokens.department(other, "dept-user", "dept-reviewer", "dept-signer"))
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(code, provider, "CONDITIONAL"))
                    .post(PATH)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/not-permitted"));
            given().auth().oauth2(Tokens.admin()).get(PATH + "/" + code).then().statusCode(404);
        }

        @Test
        void create_returns403_forAUserOfTheProviderWithoutADepartmentRole() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            String code = Fixtures.uniqueCode("res");
            given().auth()
                    .oauth2(Tokens.user("nobody").org(provider).get())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(code, provider, "CONDITIONAL"))
                    .post(PATH)
                    .then()
                    .statusCode(403);
            given().auth().oauth2(Tokens.admin()).get(PATH + "/" + code).then().statusCode(404);
        }

        @Test
        void create_returns403_forServiceWithoutOrganization() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            given().auth()
                    .oauth2(Tokens.user("svc").roles("service").get())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(Fixtures.uniqueCode("res"), provider, "CONDITIONAL"))
                    .post(PATH)
                    .then()
                    .statusCode(403);
        }

        @Test
        void create_returns400NamingProviderOrg_forUnknownOrDeactivatedProvider() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(Fixtures.uniqueCode("res"), "no-such-org", "CONDITIONAL"))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("providerOrg"));
            String provider = Fixtures.createOrganization("PROVINCIAL");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"name\":\"x\",\"level\":\"PROVINCIAL\",\"active\":false}")
                    .put("/api/v1/organizations/" + provider)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(Fixtures.uniqueCode("res"), provider, "CONDITIONAL"))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("providerOrg"));
        }

        @Test
        void create_returns400NamingFields_forBadEnumsAndItems() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            String code = Fixtures.uniqueCode("res");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(code, provider, "SOMETIMES"))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("sharingType"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(code, provider, "CONDITIONAL").replace("身份证号码", ""))
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("items[0].name"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"code\":\"" + code + "\",\"providerOrg\":\"" + provider + "\"}")
                    .post(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("name"))
                    .body("errors.field", hasItem("sharingType"))
                    .body("errors.field", hasItem("openType"))
                    .body("errors.field", hasItem("updateFrequency"));
            given().auth().oauth2(Tokens.admin()).get(PATH + "/" + code).then().statusCode(404);
        }

        @Test
        void create_returns409_forDuplicateCode() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            String code = Fixtures.createResource(provider);
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(code, provider, "UNCONDITIONAL"))
                    .post(PATH)
                    .then()
                    .statusCode(409);
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(PATH + "/" + code)
                    .then()
                    .body("sharingType", equalTo("CONDITIONAL"));
        }

        @Test
        void create_returns401_withoutToken() {
            given().contentType(ContentType.JSON)
                    .body(Fixtures.resource(Fixtures.uniqueCode("res"), "x", "CONDITIONAL"))
                    .post(PATH)
                    .then()
                    .statusCode(401);
        }
    }

    @Nested
    class Update {

        @Test
        void update_returns200_forUserOfTheProvider() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            String code = Fixtures.createResource(provider);
            given().auth()
                    .oauth2(Tokens.department(provider, "dept-user"))
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(code, provider, "UNCONDITIONAL"))
                    .put(PATH + "/" + code)
                    .then()
                    .statusCode(200)
                    .body("sharingType", equalTo("UNCONDITIONAL"));
        }

        @Test
        void update_returns403_forAnotherDepartment_andWhenMovingToAnotherProvider() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            String other = Fixtures.createOrganization("PROVINCIAL");
            String code = Fixtures.createResource(provider);
            given().auth()
                    .oauth2(Tokens.department(other, "dept-user"))
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(code, provider, "UNCONDITIONAL"))
                    .put(PATH + "/" + code)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Tokens.department(provider, "dept-user"))
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(code, other, "CONDITIONAL"))
                    .put(PATH + "/" + code)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Tokens.admin())
                    .get(PATH + "/" + code)
                    .then()
                    .body("providerOrg", equalTo(provider))
                    .body("sharingType", equalTo("CONDITIONAL"));
        }

        @Test
        void update_returns404_forUnknownCode() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource("no-such-resource", provider, "CONDITIONAL"))
                    .put(PATH + "/no-such-resource")
                    .then()
                    .statusCode(404);
        }
    }

    @Nested
    class Search {

        @Test
        void list_filtersByProviderSharingTypeAndNameSubstring() {
            String provider = Fixtures.createOrganization("PROVINCIAL");
            String conditional = Fixtures.createResource(provider);
            String unconditional = Fixtures.uniqueCode("res");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.resource(unconditional, provider, "UNCONDITIONAL"))
                    .post(PATH)
                    .then()
                    .statusCode(201);
            given().auth()
                    .oauth2(Tokens.department("x", "dept-user"))
                    .queryParam("providerOrg", provider)
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(2))
                    .body("items.code", contains(conditional, unconditional));
            given().auth()
                    .oauth2(Tokens.department("x", "dept-user"))
                    .queryParam("providerOrg", provider)
                    .queryParam("sharingType", "UNCONDITIONAL")
                    .get(PATH)
                    .then()
                    .body("items.code", contains(unconditional));
            given().auth()
                    .oauth2(Tokens.department("x", "dept-user"))
                    .queryParam("q", unconditional.substring(4))
                    .get(PATH)
                    .then()
                    .body("items.code", contains(unconditional))
                    .body("items.name", everyItem(org.hamcrest.Matchers.containsString("测试资源")));
        }

        @Test
        void list_treatsLikeWildcardsLiterally() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("q", "%_%")
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
        }

        @Test
        void list_returns400_forOversizedPageAndUnknownSharingType() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("size", 1000)
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("size"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("sharingType", "MAYBE")
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("sharingType"));
        }

        @Test
        void get_returns401_withoutToken_and404_forUnknownCode() {
            given().get(PATH + "/anything").then().statusCode(401);
            given().auth().oauth2(Tokens.admin()).get(PATH + "/no-such").then().statusCode(404);
        }
    }
}
