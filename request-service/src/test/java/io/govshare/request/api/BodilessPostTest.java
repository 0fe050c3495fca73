package io.govshare.request.api;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.govshare.request.CatalogWireMock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actions whose body is optional work as a plain {@code POST} without Content-Type and body (docs/api.md gives
 * resubmit none). Sent with the JDK client: RestAssured always adds a Content-Type.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class BodilessPostTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void resubmit_returns201_withoutABody() throws Exception {
        Fixtures.Setup setup = Fixtures.setup();
        String id = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), id, "reject", "材料不全").statusCode(200);
        HttpResponse<String> response = postWithoutBody(setup.applicantUser(), id, "resubmit");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JsonPath.from(response.body()).getString("resubmissionOf")).isEqualTo(id);
    }

    @Test
    void accept_returns200_withoutABody() throws Exception {
        Fixtures.Setup setup = Fixtures.setup();
        String id = Fixtures.submitted(setup);
        HttpResponse<String> response = postWithoutBody(setup.providerReviewer(), id, "accept");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JsonPath.from(response.body()).getString("status")).isEqualTo("ACCEPTED");
    }

    private HttpResponse<String> postWithoutBody(String token, String id, String action)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(this.base.toString()).resolve(Fixtures.PATH.substring(1) + "/" + id + "/" + action))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
