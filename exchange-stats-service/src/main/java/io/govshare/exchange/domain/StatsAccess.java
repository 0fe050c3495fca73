package io.govshare.exchange.domain;

import java.util.Set;

import io.govshare.common.error.NotPermittedException;
import io.govshare.common.identity.Caller;
import io.govshare.common.identity.Roles;

/** Who may read which exchange statistics (docs/security.md, "Object-level rules"). */
public final class StatsAccess {

    /**
     * Roles that read any organization's own figures. report-editor reads the platform-wide statistics the report
     * needs, not a department's figures.
     */
    public static final Set<String> ORGANIZATION_READERS = Set.of(Roles.PLATFORM_ADMIN, Roles.SERVICE);

    private StatsAccess() {}

    /**
     * Fails with {@link NotPermittedException} unless the caller may read the organization's figures: a platform
     * reader, or a user with any {@code dept-*} role whose {@code org} claim is that organization.
     */
    public static void requireOrganization(Caller caller, String orgCode) {
        if (caller.hasAny(ORGANIZATION_READERS)) {
            return;
        }
        if (caller.isDepartment() && caller.org().isEmpty()) {
            throw new NotPermittedException(ExchangeMessages.NO_ORG_CLAIM);
        }
        if (caller.isDepartment() && caller.belongsTo(orgCode)) {
            return;
        }
        throw new NotPermittedException(ExchangeMessages.OWN_FIGURES_ONLY);
    }
}
