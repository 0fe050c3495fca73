package io.govshare.request.domain;

import java.util.Optional;

import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;
import io.govshare.common.identity.Roles;

/** Only users (dept-user) of the applicant organization submit, withdraw and resubmit its requests. */
public final class ApplicantActsForApplicant implements ActorPolicy {

    @Override
    public boolean governs(ShareRequestAction action, ShareRequestStatus current) {
        return action.party() == Party.APPLICANT;
    }

    @Override
    public Optional<Text> refusal(
            Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current) {
        if (!caller.belongsTo(parties.applicantOrg())) {
            return Optional.of(
                    Text.of(RequestMessages.ONLY_APPLICANT, parties.applicantOrg(), RequestMessages.verb(action)));
        }
        if (!caller.has(Roles.DEPT_USER)) {
            return Optional.of(
                    Text.of(RequestMessages.APPLICANT_NEEDS_ROLE, RequestMessages.verb(action), Roles.DEPT_USER));
        }
        return Optional.empty();
    }
}
