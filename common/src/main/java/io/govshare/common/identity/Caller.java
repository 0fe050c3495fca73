package io.govshare.common.identity;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the user (or service client), the organization of the {@code org} claim and the realm roles.
 * Built from the verified token by {@code io.govshare.common.web.Callers}, so that services decide on plain values.
 */
public record Caller(String user, Optional<String> org, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return this.roles.contains(Roles.PLATFORM_ADMIN);
    }

    public boolean has(String role) {
        return this.roles.contains(role);
    }

    /** True when the caller has any of the roles. */
    public boolean hasAny(Set<String> anyOf) {
        return anyOf.stream().anyMatch(this.roles::contains);
    }

    /** True when the caller acts for a department: a {@code dept-*} role. */
    public boolean isDepartment() {
        return hasAny(Roles.DEPARTMENT);
    }

    /** True when the caller's {@code org} claim is the given organization code. */
    public boolean belongsTo(String orgCode) {
        return this.org.map(orgCode::equals).orElse(false);
    }
}
