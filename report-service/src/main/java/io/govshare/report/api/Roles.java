package io.govshare.report.api;

/** The realm roles of DESIGN §6 that this service's endpoints allow (DESIGN §11). */
final class Roles {

    static final String REPORT_EDITOR = "report-editor";
    static final String PLATFORM_ADMIN = "platform-admin";
    static final String SERVICE = "service";

    private Roles() {}
}
