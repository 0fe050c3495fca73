package io.govshare.report.api;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

import io.govshare.common.identity.Caller;
import io.govshare.common.identity.Roles;
import io.govshare.common.web.Callers;

/**
 * Who reads which versions (docs/security.md, "Departments serve themselves"): the editors, the platform admin and the
 * services read every version; a department's user (any {@code dept-*} role and none of those) only published ones.
 */
final class ReportReaders {

    /** The roles that read drafts too. */
    static final Set<String> ALL_VERSIONS = Set.of(Roles.REPORT_EDITOR, Roles.PLATFORM_ADMIN, Roles.SERVICE);

    private ReportReaders() {}

    static boolean publishedOnly(SecurityIdentity identity) {
        Caller caller = Callers.of(identity);
        return caller.isDepartment() && !caller.hasAny(ALL_VERSIONS);
    }
}
