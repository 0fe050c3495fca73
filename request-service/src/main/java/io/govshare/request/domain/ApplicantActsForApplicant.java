package io.govshare.request.domain;

import java.util.Locale;
import java.util.Optional;

/** Only users (dept-user) of the applicant organization submit, withdraw and resubmit its requests. */
public final class ApplicantActsForApplicant implements ActorPolicy {

    @Override
    public boolean governs(ShareRequestAction action, ShareRequestStatus current) {
        return action.party() == Party.APPLICANT;
    }

    @Override
    public Optional<String> refusal(
            Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current) {
        if (!caller.belongsTo(parties.applicantOrg())) {
            return Optional.of("only the applicant '" + parties.applicantOrg() + "' may " + verb(action));
        }
        if (!caller.hasRole(Roles.DEPT_USER)) {
            return Optional.of(verb(action) + " needs the role " + Roles.DEPT_USER);
        }
        return Optional.empty();
    }

    private static String verb(ShareRequestAction action) {
        return action.name().toLowerCase(Locale.ROOT);
    }
}
