package io.govshare.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Deny by default, read from what the services publish: every operation of every service's OpenAPI document refuses
 * a call without a token (401 problem+json), and every operation has a row in the authorization matrix, so that an
 * endpoint added later cannot escape it. Only health, metrics and the OpenAPI document answer without a token.
 */
class DenyByDefaultIT {

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesACallWithoutAToken() {
        return present()
                .flatMap(service -> operations(service).stream()
                        .map(op -> dynamicTest(service + " " + op, () -> refusesAnonymous(service, op))));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationHasARowInTheMatrix() {
        Set<String> rows = Matrix.load().stream().map(Matrix.Row::template).collect(Collectors.toSet());
        return present()
                .map(service -> dynamicTest(service, () -> {
                    List<String> missing = new ArrayList<>();
                    for (String op : operations(service)) {
                        if (!rows.contains(op.replaceAll("\\{[^}]*}", "{}"))) {
                            missing.add(op);
                        }
                    }
                    assertThat(missing)
                            .as("operations of %s without a row in authorization-matrix.tsv", service)
                            .isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> onlyHealthMetricsAndOpenApiAreOpen() {
        return present()
                .flatMap(service -> Stream.of("/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi")
                        .map(path -> dynamicTest(
                                service + " " + path,
                                () -> given().baseUri(Stack.url(service))
                                        .get(path)
                                        .then()
                                        .statusCode(200))));
    }

    private static void refusesAnonymous(String service, String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation
                .substring(operation.indexOf(' ') + 1)
                .replace("{month}", "2023-10")
                .replace("{id}", UUID.randomUUID().toString())
                .replaceAll("\\{[^}]*}", Fixtures.APPLICANT_ORG);
        var request = given().baseUri(Stack.url(service)).accept("*/*");
        if (method.equals("POST") || method.equals("PUT")) {
            request.contentType(ContentType.JSON).body("{}");
        }
        Response response = request.request(method, path);
        assertThat(response.statusCode())
                .as("%s %s without a token", method, path)
                .isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static Stream<String> present() {
        return Stack.SERVICES.stream();
    }

    /** "METHOD /path/{param}" for every operation under /api of the service's OpenAPI document. */
    static Set<String> operations(String service) {
        Set<String> operations = new TreeSet<>();
        OpenApi.of(service).operations().forEach(op -> operations.add(op.key()));
        assertThat(operations).as("operations of %s", service).isNotEmpty();
        return operations;
    }
}
