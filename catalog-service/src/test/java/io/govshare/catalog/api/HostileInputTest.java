package io.govshare.catalog.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** The catalog's own cases of issue 11: what used to be a 500 is a 4xx problem, and Chinese where asked. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HostileInputTest {

    @Test
    void anEmptyRecommendationListClearsTheMonth() {
        String ministry = Fixtures.createOrganization("NATIONAL");
        String resource = Fixtures.createResource(ministry);
        String month = Fixtures.uniqueMonth();
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"resourceCodes\":[\"" + resource + "\"]}")
                .put("/api/v1/recommendations/" + month)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"resourceCodes\":[]}")
                .put("/api/v1/recommendations/" + month)
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void aPageWhoseOffsetOverflowsIs400() {
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/organizations?page=4294968&size=500")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void aCodeOfFiveThousandCharactersIs400() {
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/resources/" + "a".repeat(5000))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void aMonthOutOfRangeIs400() {
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/recommendations?month=-999999999-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("month"));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"resourceCodes\":[]}")
                .put("/api/v1/recommendations/0000-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("month"));
    }

    @Test
    void aNulInARegionNameIs400NamingTheField() {
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"code\":\"e2e-nul\",\"name\":\"贵\\u0000阳\"}")
                .post("/api/v1/regions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void catalogMessagesAreInChineseWhenAsked() {
        given().auth()
                .oauth2(Tokens.admin())
                .header("Accept-Language", "zh-CN")
                .get("/api/v1/regions/no-such-region")
                .then()
                .statusCode(404)
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("市州“no-such-region”不存在"));
    }
}
