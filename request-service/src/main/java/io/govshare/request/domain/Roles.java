package io.govshare.request.domain;

/** The realm roles of DESIGN §6 that request-service looks at. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String DEPT_USER = "dept-user";
    public static final String DEPT_REVIEWER = "dept-reviewer";
    public static final String DEPT_SIGNER = "dept-signer";
    public static final String REPORT_EDITOR = "report-editor";
    public static final String SERVICE = "service";

    private Roles() {}
}
