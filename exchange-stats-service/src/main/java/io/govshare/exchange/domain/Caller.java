package io.govshare.exchange.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the user (or service client), the organization of the {@code org} claim and the realm roles.
 * Built from the token by the API layer so that services decide on plain values.
 */
public record Caller(String user, Optional<String> org, Set<String> roles) {

    public static final String PLATFORM_ADMIN = "platform-admin";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return this.roles.contains(PLATFORM_ADMIN);
    }

    public boolean hasRole(String role) {
        return this.roles.contains(role);
    }

    /** True when the caller's {@code org} claim is the given organization code. */
    public boolean belongsTo(String orgCode) {
        return this.org.map(orgCode::equals).orElse(false);
    }
}
