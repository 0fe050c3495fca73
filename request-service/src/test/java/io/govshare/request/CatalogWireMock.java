package io.govshare.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A catalog-service stand-in (WireMock) for {@code @QuarkusTest}s. It serves the real demo catalog of
 * {@code demo/2023-10/} (organizations and resources), answers 404 problem+json for anything unknown, and 401 when
 * the call carries no bearer token, so the service's client-credentials filter is exercised. Tests add their own
 * organizations and resources through {@link CatalogStub}.
 */
public class CatalogWireMock implements QuarkusTestResourceLifecycleManager {

    static final Path DEMO = Path.of("..", "demo", "2023-10");

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        this.server = new WireMockServer(wireMockConfig().dynamicPort());
        this.server.start();
        CatalogStub catalog = new CatalogStub(new com.github.tomakehurst.wiremock.client.WireMock(this.server.port()));
        this.server.stubFor(get(urlPathMatching("/api/v1/.*"))
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://govshare.io/problems/not-found\",\"status\":404}")));
        this.server.stubFor(get(urlPathMatching("/api/v1/.*"))
                .atPriority(1)
                .withHeader("Authorization", absent())
                .willReturn(aResponse().withStatus(401)));
        serveDemo(catalog);
        return Map.of("quarkus.rest-client.catalog.url", this.server.baseUrl());
    }

    @Override
    public void stop() {
        if (this.server != null) {
            this.server.stop();
        }
    }

    private static void serveDemo(CatalogStub catalog) {
        ObjectMapper json = new ObjectMapper();
        try {
            for (JsonNode org : json.readTree(Files.readString(DEMO.resolve("organizations.json")))) {
                catalog.serveOrganization(org.get("code").asText(), org.toString());
            }
            for (JsonNode resource : json.readTree(Files.readString(DEMO.resolve("resources.json")))) {
                catalog.serveResource(resource.get("code").asText(), resource.toString());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the demo catalog under " + DEMO.toAbsolutePath(), e);
        }
    }
}
