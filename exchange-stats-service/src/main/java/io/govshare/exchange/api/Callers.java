package io.govshare.exchange.api;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.govshare.exchange.domain.Caller;

/** Turns the verified token into a {@link Caller}: user, {@code org} claim and realm roles (DESIGN §6). */
final class Callers {

    static final String ORG_CLAIM = "org";

    private Callers() {}

    static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return new Caller("anonymous", Optional.empty(), identity.getRoles());
        }
        Optional<String> org = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            org = Optional.ofNullable(jwt.<Object>getClaim(ORG_CLAIM))
                    .map(value -> value.toString().replace("\"", ""))
                    .filter(value -> !value.isBlank());
        }
        return new Caller(identity.getPrincipal().getName(), org, identity.getRoles());
    }
}
