package io.govshare.request.domain;

import java.util.Optional;

import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;
import io.govshare.common.identity.Roles;

/** Only reviewers (dept-reviewer) of the provider accept, review, and reject at the ACCEPT and REVIEW nodes. */
public final class ProviderReviewerHandlesAcceptAndReview implements ActorPolicy {

    @Override
    public boolean governs(ShareRequestAction action, ShareRequestStatus current) {
        return action == ShareRequestAction.ACCEPT
                || action == ShareRequestAction.REVIEW
                || (action == ShareRequestAction.REJECT
                        && RejectionNode.waitingIn(current)
                                .map(node -> node != RejectionNode.SIGN)
                                .orElse(false));
    }

    @Override
    public Optional<Text> refusal(
            Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current) {
        return ProviderRole.refusal(caller, parties, Roles.DEPT_REVIEWER, action, current);
    }
}
