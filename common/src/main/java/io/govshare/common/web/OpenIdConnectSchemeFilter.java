package io.govshare.common.web;

import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The security scheme of every document is OpenID Connect with the discovery URL of the issuer this service trusts
 * (docs/security.md): taken from runtime configuration ({@code govshare.openapi.oidc-url}, by default the
 * {@code quarkus.oidc.auth-server-url}'s {@code /.well-known/openid-configuration}), so that the same image documents
 * the right issuer everywhere. Swagger UI logs in through it with the public client {@code govshare-portal}.
 *
 * <p>It runs for each request of {@code /q/openapi}, not once at start: with a start-up filter Quarkus writes the whole
 * document as JSON and as YAML while the service starts, which a start pays whether or not anyone reads the document
 * (docs/performance.md, "2026-12-07 (later)"); a request now pays 8-36 ms for the copy it gets, the first one of a
 * process ~0.4 s.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class OpenIdConnectSchemeFilter implements OASFilter {

    /** The name of the scheme in {@code components.securitySchemes}. */
    public static final String SCHEME = "govshare";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        SecurityScheme scheme = OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(discoveryUrl())
                .description("OpenID Connect (Keycloak realm govshare): browsers log in with the public client"
                        + " govshare-portal (authorization code + PKCE S256); scripts use govshare-cli; services use"
                        + " client credentials. 浏览器通过 govshare-portal 客户端登录（授权码 + PKCE）。");
        openAPI.getComponents().setSecuritySchemes(Map.of(SCHEME, scheme));
    }

    static String discoveryUrl() {
        var config = ConfigProvider.getConfig();
        return config.getOptionalValue("govshare.openapi.oidc-url", String.class)
                .orElseGet(() -> {
                    String issuer = config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                            .orElse("http://localhost:8180/realms/govshare");
                    return issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
                });
    }
}
