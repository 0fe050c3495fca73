package io.govshare.catalog.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MeResourceTest {

    @Test
    void aDepartmentUserSeesItsOrganizationWithItsRegion() {
        String org = Fixtures.createOrganization("PREFECTURE");
        given().auth()
                .oauth2(Tokens.user("zwfw")
                        .org(org)
                        .roles("dept-user", "dept-reviewer", "offline_access")
                        .get())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("zwfw"))
                .body("roles", contains("dept-reviewer", "dept-user"))
                .body("org.code", equalTo(org))
                .body("org.level", equalTo("PREFECTURE"))
                .body("org.regionCode", startsWith("r"))
                .body("org.regionName", equalTo("测试区域"));
    }

    @Test
    void aCallerWithoutOrgClaimHasNoOrganization() {
        given().auth()
                .oauth2(Tokens.admin())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", contains("platform-admin"))
                .body("org", nullValue());
    }

    @Test
    void anOrgClaimTheCatalogDoesNotKnowGivesNoOrganization() {
        given().auth()
                .oauth2(Tokens.department("no.such.org", "dept-user"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("org", nullValue());
        given().auth()
                .oauth2(Tokens.department("bad code with spaces", "dept-user"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("org", nullValue());
    }

    @Test
    void withoutATokenIs401() {
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }
}
