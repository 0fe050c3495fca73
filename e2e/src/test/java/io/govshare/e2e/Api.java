package io.govshare.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** RestAssured requests to one service of the stack, as one caller. */
public final class Api {

    static {
        // JSON bodies carry Chinese names: UTF-8, and no ISO-8859-1 charset appended by RestAssured.
        RestAssured.config = RestAssured.config()
                .encoderConfig(encoderConfig()
                        .defaultContentCharset("UTF-8")
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        // the gateway's other batch formats are text
                        .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)
                        .encodeContentTypeAs("text/csv", ContentType.TEXT));
    }

    private Api() {}

    public static RequestSpecification as(Caller caller, String service) {
        RequestSpecification spec = given().baseUri(Stack.url(service));
        String token = caller.token();
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        return spec;
    }

    /** A GET of each service that the platform admin is answered 200 (with a body). */
    public static String adminGet(String service) {
        return switch (service) {
            case Stack.CATALOG -> "/api/v1/regions";
            case Stack.REQUESTS -> "/api/v1/share-requests";
            case Stack.EXCHANGE -> "/api/v1/exchange-stats/summary?month=2023-10";
            case Stack.REPORT -> "/api/v1/reports";
            default -> throw new IllegalArgumentException("unknown service " + service);
        };
    }

    /** A JSON request to a service with this bearer token (none when null), whatever the token is. */
    public static RequestSpecification withToken(String service, String token) {
        RequestSpecification spec = given().baseUri(Stack.url(service)).accept(ContentType.JSON);
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        return spec;
    }

    public static RequestSpecification json(Caller caller, String service) {
        return as(caller, service).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification catalog(Caller caller) {
        return json(caller, Stack.CATALOG);
    }

    public static RequestSpecification requests(Caller caller) {
        return json(caller, Stack.REQUESTS);
    }

    public static RequestSpecification exchange(Caller caller) {
        return json(caller, Stack.EXCHANGE);
    }

    public static RequestSpecification report(Caller caller) {
        return as(caller, Stack.REPORT);
    }

    /**
     * A POST with neither body nor Content-Type, as curl sends it: RestAssured always adds a Content-Type, so the
     * JDK client sends this one. Returns the body after checking the status.
     */
    public static String postWithoutBody(Caller caller, String service, String path, int expectedStatus) {
        var request = HttpRequest.newBuilder(URI.create(Stack.url(service) + path))
                .header("Authorization", "Bearer " + caller.token())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("POST %s without a body: %s", path, response.body())
                    .isEqualTo(expectedStatus);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
