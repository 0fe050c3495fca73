package io.govshare.request.domain;

import io.govshare.common.identity.Caller;

/** The two organizations of a request: the applicant asks, the provider owns the resource and decides. */
public record Parties(String applicantOrg, String providerOrg) {

    /** A department sees a request when it is one of its parties; the platform admin sees every request. */
    public boolean visibleTo(Caller caller) {
        return caller.isAdmin() || caller.belongsTo(this.applicantOrg) || caller.belongsTo(this.providerOrg);
    }

    /** The organization that acts for the given party; {@code null} for the platform itself. */
    public String orgOf(Party party) {
        return switch (party) {
            case APPLICANT -> this.applicantOrg;
            case PROVIDER -> this.providerOrg;
            case SYSTEM -> null;
        };
    }
}
