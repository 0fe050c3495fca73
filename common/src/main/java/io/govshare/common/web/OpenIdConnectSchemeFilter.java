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
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
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
