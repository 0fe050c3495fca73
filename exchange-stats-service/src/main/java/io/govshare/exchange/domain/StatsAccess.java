package io.govshare.exchange.domain;

import java.util.Set;

/** Who may read which exchange statistics (DESIGN §6). */
public final class StatsAccess {

    /** Roles that read platform-wide statistics, and therefore every organization's figures. */
    public static final Set<String> PLATFORM_READERS = Set.of("platform-admin", "report-editor", "service");

    /** The role a department's user needs to read the department's own figures. */
    public static final String DEPARTMENT_USER = "dept-user";

    private StatsAccess() {}

    /** Fails with {@link NotPermittedException} unless the caller may read the organization's figures. */
    public static void requireOrganization(Caller caller, String orgCode) {
        if (PLATFORM_READERS.stream().anyMatch(caller::hasRole)) {
            return;
        }
        if (caller.hasRole(DEPARTMENT_USER) && caller.belongsTo(orgCode)) {
            return;
        }
        throw new NotPermittedException("a department may read only its own exchange statistics");
    }
}
