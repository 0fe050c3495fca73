package io.govshare.catalog.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RegionResourceTest {

    @Nested
    class Create {

        @Test
        void create_returns201WithLocation_forAdmin() {
            String code = Fixtures.uniqueCode("r");
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.region(code, "测试市"))
                    .post("/api/v1/regions")
                    .then()
                    .statusCode(201)
                    .header("Location", endsWith("/api/v1/regions/" + code))
                    .body("code", equalTo(code))
                    .body("name", equalTo("测试市"));
        }

        @Test
        void create_returns401Problem_withoutToken() {
            given().contentType(ContentType.JSON)
                    .body(Fixtures.region(Fixtures.uniqueCode("r"), "x"))
                    .post("/api/v1/regions")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("https://govshare.io/problems/unauthorized"))
                    .body("status", equalTo(401));
        }

        @Test
        void create_returns403Problem_forDepartmentUser() {
            given().auth()
                    .oauth2(Tokens.department("gz.any", "dept-user", "dept-reviewer", "dept-signer"))
                    .contentType(ContentType.JSON)
                    .body(Fixtures.region(Fixtures.uniqueCode("r"), "x"))
                    .post("/api/v1/regions")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/forbidden"));
        }

        @Test
        void create_returns409_forDuplicateCode() {
            String code = Fixtures.createRegion();
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Fixtures.region(code, "again"))
                    .post("/api/v1/regions")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("code"));
            given().auth()
                    .oauth2(Tokens.admin())
                    .get("/api/v1/regions/" + code)
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("测试区域"));
        }

        @Test
        void concurrentCreatesOfOneCode_giveOne201AndOnly409s() throws Exception {
            String code = Fixtures.uniqueCode("r");
            String token = Tokens.admin();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            try {
                var statuses = pool
                        .invokeAll(java.util.Collections.nCopies(
                                6, (java.util.concurrent.Callable<Integer>) () -> given().auth()
                                        .oauth2(token)
                                        .contentType(ContentType.JSON)
                                        .body(Fixtures.region(code, "并发"))
                                        .post("/api/v1/regions")
                                        .statusCode()))
                        .stream()
                        .map(f -> {
                            try {
                                return f.get();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList();
                org.assertj.core.api.Assertions.assertThat(statuses)
                        .containsOnly(201, 409)
                        .filteredOn(s -> s == 201)
                        .hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void create_returns400NamingField_forBlankName() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"code\":\"" + Fixtures.uniqueCode("r") + "\",\"name\":\" \"}")
                    .post("/api/v1/regions")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/validation"))
                    .body("errors.field", hasItem("name"));
        }

        @Test
        void create_returns400_forMalformedJson() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body("{\"code\": \"x\", ")
                    .post("/api/v1/regions")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://govshare.io/problems/malformed-body"));
        }

        @Test
        void create_returns401_forExpiredOrForeignToken() {
            String body = Fixtures.region(Fixtures.uniqueCode("r"), "x");
            given().auth()
                    .oauth2(Tokens.user("admin")
                            .roles("platform-admin")
                            .expired()
                            .get())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/regions")
                    .then()
                    .statusCode(401);
            given().auth()
                    .oauth2(Tokens.user("admin").roles("platform-admin").signedByStranger())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/regions")
                    .then()
                    .statusCode(401);
        }
    }

    @Nested
    class Read {

        @Test
        void get_returns404Problem_forUnknownCode() {
            given().auth()
                    .oauth2(Tokens.department("gz.any", "dept-user"))
                    .get("/api/v1/regions/no-such-region")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("instance", equalTo("/api/v1/regions/no-such-region"))
                    .body("detail", notNullValue());
        }

        @Test
        void list_returnsPage_forAnyAuthenticatedCaller() {
            String code = Fixtures.createRegion();
            given().auth()
                    .oauth2(Tokens.department("gz.any", "dept-user"))
                    .queryParam("size", 500)
                    .get("/api/v1/regions")
                    .then()
                    .statusCode(200)
                    .body("page", equalTo(0))
                    .body("size", equalTo(500))
                    .body("items.code", hasItem(code));
        }

        @Test
        void list_returns400NamingSize_forOversizedPage() {
            given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("size", 501)
                    .get("/api/v1/regions")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("size"));
        }
    }
}
