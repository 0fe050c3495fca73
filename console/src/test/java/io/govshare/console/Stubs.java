package io.govshare.console;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** Stubs of the services' answers, as docs/api.md writes them. */
public final class Stubs {

    public static final String ZWFW_ME = """
            {"username":"zwfw","roles":["dept-user","dept-reviewer","dept-signer"],
             "org":{"code":"gz.zwfwzx","name":"省政务服务中心","level":"PROVINCIAL","regionCode":null,"regionName":null}}""";
    public static final String EDITOR_ME = """
            {"username":"editor","roles":["report-editor"],"org":null}""";

    /** Forms as the browser posts them from the console's UTF-8 pages. */
    public static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private Stubs() {}

    public static void stub(MappingBuilder mapping) {
        Services.server().stubFor(mapping);
    }

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    public static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(body);
    }

    /** GET /me and the organizations the pages name, for a user with token {@code token-<user>}. */
    public static void me(String user, String body) {
        stub(get(urlPathEqualTo("/api/v1/me"))
                .withHeader("Authorization", equalTo("Bearer token-" + user))
                .willReturn(json(body)));
        stub(get(urlPathEqualTo("/api/v1/organizations/gz.zwfwzx"))
                .willReturn(json("{\"code\":\"gz.zwfwzx\",\"name\":\"省政务服务中心\",\"level\":\"PROVINCIAL\"}")));
        stub(get(urlPathEqualTo("/api/v1/organizations/gz.scjgj"))
                .willReturn(json("{\"code\":\"gz.scjgj\",\"name\":\"省市场监管局\",\"level\":\"PROVINCIAL\"}")));
    }
}
