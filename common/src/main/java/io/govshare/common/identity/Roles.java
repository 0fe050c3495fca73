package io.govshare.common.identity;

import java.util.Set;

/** The realm roles of GovShare (docs/security.md). Use these names in {@code @RolesAllowed}. */
public final class Roles {

    /** Everything, everywhere. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** A department's user: applies for data, reads the department's own figures. */
    public static final String DEPT_USER = "dept-user";
    /** Accepts, reviews or rejects at ACCEPT and REVIEW for the own organization as provider. */
    public static final String DEPT_REVIEWER = "dept-reviewer";
    /** Signs or rejects at SIGN for the own organization as provider. */
    public static final String DEPT_SIGNER = "dept-signer";
    /** Edits, builds and publishes the monthly report. */
    public static final String REPORT_EDITOR = "report-editor";
    /** The exchange gateway: posts exchange records. */
    public static final String EXCHANGE_GATEWAY = "exchange-gateway";
    /** Our own services reading each other. */
    public static final String SERVICE = "service";

    /** Every GovShare role (a token may carry others, such as Keycloak's defaults). */
    public static final Set<String> ALL =
            Set.of(PLATFORM_ADMIN, DEPT_USER, DEPT_REVIEWER, DEPT_SIGNER, REPORT_EDITOR, EXCHANGE_GATEWAY, SERVICE);

    /** The roles that make a caller a department's person (with an {@code org} claim). */
    public static final Set<String> DEPARTMENT = Set.of(DEPT_USER, DEPT_REVIEWER, DEPT_SIGNER);

    private Roles() {}
}
