package io.govshare.request.domain;

import java.util.Optional;

import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;
import io.govshare.common.identity.Roles;

/** Only signers (dept-signer) of the provider sign, or reject at the SIGN node. */
public final class ProviderSignerHandlesSign implements ActorPolicy {

    @Override
    public boolean governs(ShareRequestAction action, ShareRequestStatus current) {
        return action == ShareRequestAction.SIGN
                || (action == ShareRequestAction.REJECT
                        && RejectionNode.waitingIn(current)
                                .map(node -> node == RejectionNode.SIGN)
                                .orElse(false));
    }

    @Override
    public Optional<Text> refusal(
            Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current) {
        return ProviderRole.refusal(caller, parties, Roles.DEPT_SIGNER, action, current);
    }
}
