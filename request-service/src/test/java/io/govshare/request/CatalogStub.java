package io.govshare.request;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.eclipse.microprofile.config.ConfigProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * What the stand-in catalog answers. Tests create organizations and resources with unique codes so that they never
 * depend on each other; a catalog outage is simulated per resource code.
 */
public final class CatalogStub {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private final WireMock wireMock;

    CatalogStub(WireMock wireMock) {
        this.wireMock = wireMock;
    }

    /** The stand-in catalog of the running test application. */
    public static CatalogStub running() {
        String url = ConfigProvider.getConfig().getValue("quarkus.rest-client.catalog.url", String.class);
        java.net.URI uri = java.net.URI.create(url);
        return new CatalogStub(new WireMock(uri.getHost(), uri.getPort()));
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A new organization of the level; returns its code. */
    public String organization(String level) {
        String code = uniqueCode("org");
        serveOrganization(code, """
                {"code":"%s","name":"测试单位%s","level":"%s","active":true}
                """.formatted(code, code, level));
        return code;
    }

    /** A new resource of the provider with the sharing type and two data items; returns its code. */
    public String resource(String providerOrg, String sharingType) {
        String code = uniqueCode("res");
        serveResource(code, """
                {"code":"%s","name":"测试资源%s","providerOrg":"%s","sharingType":"%s","openType":"NOT_OPEN",
                 "updateFrequency":"DAILY","items":[{"name":"姓名"},{"name":"身份证号码"}]}
                """.formatted(code, code, providerOrg, sharingType));
        return code;
    }

    /** A resource code for which the catalog fails: the connection is reset, as when it is down. */
    public String resourceWhileCatalogDown() {
        String code = uniqueCode("down");
        this.wireMock.register(get(urlEqualTo("/api/v1/resources/" + code))
                .atPriority(5)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        return code;
    }

    /** A resource code for which the catalog answers too late. */
    public String resourceWhileCatalogSlow() {
        String code = uniqueCode("slow");
        this.wireMock.register(get(urlEqualTo("/api/v1/resources/" + code))
                .atPriority(5)
                .willReturn(aResponse().withStatus(200).withFixedDelay(5000).withBody("{}")));
        return code;
    }

    /** How many times the resource was asked for with a bearer token. */
    public int callsWithToken(String resourceCode) {
        return this.wireMock
                .find(getRequestedFor(urlPathEqualTo("/api/v1/resources/" + resourceCode))
                        .withHeader("Authorization", matching("Bearer .+")))
                .size();
    }

    /** How many calls the stand-in catalog has received so far, of any kind. */
    public int calls() {
        return this.wireMock.find(anyRequestedFor(anyUrl())).size();
    }

    void serveOrganization(String code, String body) {
        serve("/api/v1/organizations/" + code, body);
    }

    void serveResource(String code, String body) {
        serve("/api/v1/resources/" + code, body);
    }

    private void serve(String path, String body) {
        this.wireMock.register(get(urlEqualTo(path))
                .atPriority(5)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }
}
