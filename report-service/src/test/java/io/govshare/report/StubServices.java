package io.govshare.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * catalog-, request- and exchange-stats-service stubbed with WireMock (docs/api.md paths). Every month answers "no
 * data" unless a test serves figures for it; the figures of October 2023 are JSON written from the seed
 * ({@code src/test/resources/stubs/2023-10}). Every stub requires a bearer token, so a call without the service's
 * own token is not answered.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    /** The running stub server (one per test JVM). */
    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            emptyMonths();
        }
        return Map.of("govshare.stubs.url", server.baseUrl());
    }

    @Override
    public void stop() {
        // the server lives as long as the test JVM: several Quarkus test classes share it
    }

    /** Serves the figures of the seed (October 2023) as the figures of {@code month}. */
    public static void serveSeed(YearMonth month) {
        for (Map.Entry<String, MappingBuilder> stub : endpoints(month).entrySet()) {
            String body =
                    resource("stubs/2023-10/" + stub.getKey() + ".json").replace("\"2023-10\"", "\"" + month + "\"");
            server.stubFor(stub.getValue().atPriority(1).willReturn(json(body)));
        }
    }

    /** Serves one endpoint of {@code month} with the given answer (a fault, a delay, other figures). */
    public static void serve(YearMonth month, String endpoint, ResponseDefinitionBuilder answer) {
        server.stubFor(endpoints(month).get(endpoint).atPriority(0).willReturn(answer));
    }

    /** The seed's JSON of an endpoint, for a test that changes a figure. */
    public static String seed(String endpoint) {
        return resource("stubs/2023-10/" + endpoint + ".json");
    }

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static Map<String, MappingBuilder> endpoints(YearMonth month) {
        String m = month.toString();
        return Map.ofEntries(
                Map.entry("stats", call("/api/v1/share-requests/stats", "month", m)),
                Map.entry("timeliness", call("/api/v1/share-requests/timeliness", "month", m)),
                Map.entry("national-applications", call("/api/v1/national-applications", "until", m)),
                Map.entry("summary", call("/api/v1/exchange-stats/summary", "month", m)),
                Map.entry(
                        "rankings-provider",
                        call("/api/v1/exchange-stats/rankings", "month", m)
                                .withQueryParam("side", equalTo("PROVIDER"))
                                .withQueryParam("level", equalTo("PROVINCIAL"))
                                .withQueryParam("limit", equalTo("10"))),
                Map.entry(
                        "rankings-consumer",
                        call("/api/v1/exchange-stats/rankings", "month", m)
                                .withQueryParam("side", equalTo("CONSUMER"))
                                .withQueryParam("level", equalTo("PROVINCIAL"))
                                .withQueryParam("limit", equalTo("10"))),
                Map.entry(
                        "regions-provider",
                        call("/api/v1/exchange-stats/regions", "month", m).withQueryParam("side", equalTo("PROVIDER"))),
                Map.entry(
                        "regions-consumer",
                        call("/api/v1/exchange-stats/regions", "month", m).withQueryParam("side", equalTo("CONSUMER"))),
                Map.entry("recommendations", call("/api/v1/recommendations", "month", m)),
                Map.entry(
                        "ledger-units",
                        call(
                                "/api/v1/ledger/units",
                                "asOf",
                                month.atEndOfMonth().toString())));
    }

    private static MappingBuilder call(String path, String parameter, String value) {
        return get(urlPathEqualTo(path))
                .withQueryParam(parameter, equalTo(value))
                .withHeader("Authorization", matching("Bearer .+"));
    }

    /** What the services answer for a month without data: zeros and empty lists. */
    private static void emptyMonths() {
        stubAny("/api/v1/share-requests/stats", """
                {"month":"any","submitted":0,"withdrawn":0,"decided":0,"pending":0,"unconditional":0,"signed":0,
                 "rejected":0,"rejectedByNode":{"ACCEPT":0,"REVIEW":0,"SIGN":0}}""");
        stubAny("/api/v1/share-requests/timeliness", "[]");
        stubAny("/api/v1/national-applications", "{\"until\":\"any\",\"total\":0,\"organizations\":[]}");
        stubAny("/api/v1/exchange-stats/summary", """
                {"month":"any","total":0,"provided":{"NATIONAL":0,"PROVINCIAL":0,"PREFECTURE":0,"COUNTY":0},
                 "used":{"NATIONAL":0,"PROVINCIAL":0,"PREFECTURE":0,"COUNTY":0}}""");
        stubAny("/api/v1/exchange-stats/rankings", "[]");
        stubAny("/api/v1/exchange-stats/regions", "[]");
        stubAny("/api/v1/recommendations", "{\"month\":\"any\",\"items\":[]}");
        stubAny("/api/v1/ledger/units", "[]");
    }

    private static void stubAny(String path, String body) {
        server.stubFor(get(urlPathEqualTo(path))
                .withHeader("Authorization", matching("Bearer .+"))
                .atPriority(10)
                .willReturn(json(body)));
    }

    private static String resource(String name) {
        try (InputStream in = StubServices.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
