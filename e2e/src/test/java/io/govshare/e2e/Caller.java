package io.govshare.e2e;

/**
 * Who calls: the demo users and clients of the {@code govshare} realm, and the tokens that must never be accepted.
 * The column order of the authorization matrix.
 */
public enum Caller {
    /** No Authorization header at all. */
    NONE("none"),
    /** A token Keycloak really signed for the admin, but whose lifetime is over. */
    EXPIRED("expired"),
    /** The admin's claims signed by a key Keycloak never issued (same {@code kid}). */
    FOREIGN("foreign"),
    ADMIN("admin"),
    EDITOR("editor"),
    /** 省政务服务中心: dept-user, dept-reviewer, dept-signer; the applicant in the fixtures. */
    ZWFW("zwfw"),
    /** 省市场监管局: the same roles; the provider in the fixtures. */
    SCJG("scjg"),
    /** 省大数据局: the same roles, but neither applicant nor provider: the right role with the wrong org. */
    DSJ("dsj"),
    ZWFW_USER("zwfw-user"),
    SCJG_REVIEWER("scjg-reviewer"),
    SCJG_SIGNER("scjg-signer"),
    /** A user of 省政务服务中心 without any GovShare role. */
    NOROLE("norole"),
    /** The exchange gateway's client-credentials token (role exchange-gateway). */
    GATEWAY("gateway"),
    /** report-service's client-credentials token (role service). */
    SERVICE("service");

    private final String label;

    Caller(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

    /** The bearer token, or null for {@link #NONE}. */
    public String token() {
        return Tokens.of(this);
    }

    public static Caller ofLabel(String label) {
        for (Caller caller : values()) {
            if (caller.label.equals(label)) {
                return caller;
            }
        }
        throw new IllegalArgumentException("unknown caller '" + label + "'");
    }
}
