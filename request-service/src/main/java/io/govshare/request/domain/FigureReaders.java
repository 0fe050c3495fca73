package io.govshare.request.domain;

import java.util.Set;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.NotPermittedException;
import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;
import io.govshare.common.identity.Roles;

/**
 * Who reads which request statistics (docs/security.md, "Object-level rules" and "Departments serve themselves"): the
 * platform-wide figures are for the platform admin, report editors and our services; an organization's own figures
 * (its statistics, its timeliness row) also for that organization's department users, with any {@code dept-*} role.
 */
public final class FigureReaders {

    /** The roles that read every figure. */
    public static final Set<String> PLATFORM_READERS = Set.of(Roles.PLATFORM_ADMIN, Roles.REPORT_EDITOR, Roles.SERVICE);

    private FigureReaders() {}

    /** Platform-wide figures: 403 {@code forbidden} for anybody else. */
    public static void checkPlatformWide(Caller caller) {
        if (!caller.hasAny(PLATFORM_READERS)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Text.of(CommonMessages.ROLES_DO_NOT_ALLOW));
        }
    }

    /** The figures of organization {@code org}: 403 {@code not-permitted} for another organization's department. */
    public static void checkOwn(Caller caller, String org) {
        if (caller.hasAny(PLATFORM_READERS)) {
            return;
        }
        if (!caller.isDepartment()) {
            throw new ProblemException(ProblemType.FORBIDDEN, Text.of(CommonMessages.ROLES_DO_NOT_ALLOW));
        }
        if (caller.org().isEmpty()) {
            throw new NotPermittedException(RequestMessages.NO_ORG_CLAIM_FIGURES);
        }
        if (!caller.belongsTo(org)) {
            throw new NotPermittedException(RequestMessages.OTHER_ORGANIZATION, org);
        }
    }
}
