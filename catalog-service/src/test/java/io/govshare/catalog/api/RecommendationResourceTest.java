package io.govshare.catalog.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RecommendationResourceTest {

    private static final String PATH = "/api/v1/recommendations";

    @Test
    void put_storesTheOrderedList_withResourceAndMinistryNames() {
        String ministry = Fixtures.createOrganization("NATIONAL");
        String first = Fixtures.createResource(ministry);
        String second = Fixtures.createResource(ministry);
        String month = Fixtures.uniqueMonth();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"resourceCodes\":[\"" + second + "\",\"" + first + "\"]}")
                .put(PATH + "/" + month)
                .then()
                .statusCode(200)
                .body("month", equalTo(month))
                .body("items.rank", contains(1, 2))
                .body("items.resourceCode", contains(second, first))
                .body("items[0].resourceName", equalTo("测试资源" + second))
                .body("items[0].ministry", equalTo("测试单位" + ministry));
        given().auth()
                .oauth2(Tokens.department("x", "dept-user"))
                .queryParam("month", month)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.resourceCode", contains(second, first));
        // a second PUT replaces the list
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"resourceCodes\":[\"" + first + "\"]}")
                .put(PATH + "/" + month)
                .then()
                .statusCode(200)
                .body("items.resourceCode", contains(first));
    }

    @Test
    void put_returns400NamingTheItem_forNonNationalUnknownOrRepeatedResource_andChangesNothing() {
        String ministry = Fixtures.createOrganization("NATIONAL");
        String national = Fixtures.createResource(ministry);
        String provincial = Fixtures.createResource(Fixtures.createOrganization("PROVINCIAL"));
        String month = Fixtures.uniqueMonth();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"resourceCodes\":[\"" + national + "\"]}")
                .put(PATH + "/" + month)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"resourceCodes\":[\"" + national + "\",\"" + provincial + "\",\"no-such\",\"" + national
                        + "\"]}")
                .put(PATH + "/" + month)
                .then()
                .statusCode(400)
                .body("errors.field", contains("resourceCodes[1]", "resourceCodes[2]", "resourceCodes[3]"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("month", month)
                .get(PATH)
                .then()
                .body("items.resourceCode", contains(national));
    }

    @Test
    void put_returns403_forDepartmentUserOfTheMinistry() {
        String ministry = Fixtures.createOrganization("NATIONAL");
        String national = Fixtures.createResource(ministry);
        given().auth()
                .oauth2(Tokens.department(ministry, "dept-user", "dept-reviewer", "dept-signer"))
                .contentType(ContentType.JSON)
                .body("{\"resourceCodes\":[\"" + national + "\"]}")
                .put(PATH + "/" + Fixtures.uniqueMonth())
                .then()
                .statusCode(403);
    }

    @Test
    void get_returnsEmptyItems_forMonthWithoutList_and400_forBadMonth() {
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("month", "1999-01")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items", empty());
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("month", "2023-13")
                .get(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("month"));
        given().auth().oauth2(Tokens.admin()).get(PATH).then().statusCode(400).body("errors.field", contains("month"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"resourceCodes\":[]}")
                .put(PATH + "/2023-1")
                .then()
                .statusCode(400)
                .body("errors.field", contains("month"));
        given().queryParam("month", "2023-10").get(PATH).then().statusCode(401);
    }
}
