package io.govshare.exchange.domain;

import java.util.Set;

/** Who may read which exchange statistics (DESIGN §6). */
public final class StatsAccess {

    /**
     * Roles that read any organization's own figures (DESIGN §11: "that org's users, platform-admin, service").
     * report-editor reads the platform-wide statistics the report needs, not a department's figures.
     */
    public static final Set<String> ORGANIZATION_READERS = Set.of("platform-admin", "service");

    /** The role a department's user needs to read the department's own figures. */
    public static final String DEPARTMENT_USER = "dept-user";

    private StatsAccess() {}

    /** Fails with {@link NotPermittedException} unless the caller may read the organization's figures. */
    public static void requireOrganization(Caller caller, String orgCode) {
        if (ORGANIZATION_READERS.stream().anyMatch(caller::hasRole)) {
            return;
        }
        if (caller.hasRole(DEPARTMENT_USER) && caller.belongsTo(orgCode)) {
            return;
        }
        throw new NotPermittedException("a department may read only its own exchange statistics");
    }
}
