package io.govshare.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * catalog-service as WireMock: the real demo organizations and regions of {@code demo/2023-10/} plus what tests add,
 * served in pages of the requested size; and the token endpoint of this service's OIDC client. Catalog calls must carry
 * the client-credentials token, so a test passing proves the service sends it.
 */
public class CatalogWireMock implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN = "exchange-stats-service-client-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Map<String, Object>> ORGANIZATIONS = new CopyOnWriteArrayList<>();
    private static final List<Map<String, Object>> REGIONS = new CopyOnWriteArrayList<>();

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        ORGANIZATIONS.clear();
        REGIONS.clear();
        ORGANIZATIONS.addAll(demo("organizations.json"));
        REGIONS.addAll(demo("regions.json"));
        this.server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new Pages()));
        this.server.start();
        this.server.stubFor(post(urlPathEqualTo("/oidc/token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + SERVICE_TOKEN
                                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        for (String path : List.of("/api/v1/organizations", "/api/v1/regions")) {
            this.server.stubFor(get(urlPathEqualTo(path))
                    .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                    .willReturn(aResponse().withTransformers("catalog-pages")));
        }
        return Map.of("catalog.wiremock.url", this.server.baseUrl());
    }

    @Override
    public void stop() {
        if (this.server != null) {
            this.server.stop();
        }
    }

    /** Adds an organization to the catalog (as if created through catalog-service). */
    public static void addOrganization(String code, String name, String level, String regionCode) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("code", code);
        org.put("name", name);
        org.put("level", level);
        org.put("regionCode", regionCode);
        org.put("active", true);
        ORGANIZATIONS.add(org);
    }

    /** Adds a region to the catalog. */
    public static void addRegion(String code, String name) {
        REGIONS.add(Map.of("code", code, "name", name));
    }

    /** Changes the level (and region) of an organization, as an update through catalog-service would. */
    public static void changeOrganization(String code, String level, String regionCode) {
        for (Map<String, Object> org : ORGANIZATIONS) {
            if (org.get("code").equals(code)) {
                org.put("level", level);
                org.put("regionCode", regionCode);
            }
        }
    }

    /** The repository's demo directory ({@code demo/2023-10}). */
    public static Path demoDir() {
        Path dir = Path.of("..", "demo", "2023-10");
        return Files.isDirectory(dir) ? dir : Path.of("demo", "2023-10");
    }

    private static List<Map<String, Object>> demo(String file) {
        try {
            List<Map<String, Object>> items =
                    JSON.readValue(demoDir().resolve(file).toFile(), new TypeReference<>() {});
            List<Map<String, Object>> result = new ArrayList<>();
            for (Map<String, Object> item : items) {
                Map<String, Object> copy = new LinkedHashMap<>(item);
                copy.putIfAbsent("active", true);
                result.add(copy);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers a list request with the page the query asks for, in the catalog's page shape. */
    public static final class Pages implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            var request = event.getRequest();
            List<Map<String, Object>> all = request.getUrl().startsWith("/api/v1/regions") ? REGIONS : ORGANIZATIONS;
            int page = intParam(request.queryParameter("page"), 0);
            int size = intParam(request.queryParameter("size"), 50);
            List<Map<String, Object>> snapshot = List.copyOf(all);
            int from = Math.min(page * size, snapshot.size());
            int to = Math.min(from + size, snapshot.size());
            try {
                String body = JSON.writeValueAsString(Map.of(
                        "items", snapshot.subList(from, to), "page", page, "size", size, "total", snapshot.size()));
                return ResponseDefinitionBuilder.responseDefinition()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int intParam(QueryParameter parameter, int fallback) {
            return parameter.isPresent() ? Integer.parseInt(parameter.firstValue()) : fallback;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "catalog-pages";
        }
    }
}
