package io.govshare.common.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Accepts only access tokens issued for GovShare (docs/security.md, "Tokens"): the token's {@code azp} (the client
 * it was issued to) or one of its audiences is in {@code govshare.security.allowed-clients}, and it is not an ID
 * token ({@code typ} is {@code Bearer} when present). Anything else is a 401, as a bad signature is. The issuer and
 * signature are checked before, by Quarkus OIDC.
 */
@ApplicationScoped
public class TokenAllowList implements SecurityIdentityAugmentor {

    private final Set<String> allowedClients;

    public TokenAllowList(@ConfigProperty(name = "govshare.security.allowed-clients") List<String> allowedClients) {
        this.allowedClients = Set.copyOf(allowedClients);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (!isAccessToken(token) || !isForGovShare(token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token not issued for GovShare"));
        }
        return Uni.createFrom().item(identity);
    }

    boolean isAccessToken(JsonWebToken token) {
        Object type = token.getClaim("typ");
        return type == null || "Bearer".equalsIgnoreCase(type.toString().replace("\"", ""));
    }

    boolean isForGovShare(JsonWebToken token) {
        Object azp = token.getClaim("azp");
        if (azp != null && this.allowedClients.contains(azp.toString().replace("\"", ""))) {
            return true;
        }
        Collection<String> audience = token.getAudience();
        return audience != null && audience.stream().anyMatch(this.allowedClients::contains);
    }
}
