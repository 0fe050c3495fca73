package io.govshare.common.web;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.govshare.common.identity.Caller;

/** Turns the verified token into a {@link Caller}: user, {@code org} claim and realm roles (docs/security.md). */
public final class Callers {

    /** The claim that names the caller's organization. */
    public static final String ORG_CLAIM = "org";

    private Callers() {}

    public static Caller of(SecurityIdentity identity) {
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
