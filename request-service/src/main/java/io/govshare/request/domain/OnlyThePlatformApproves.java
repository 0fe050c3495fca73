package io.govshare.request.domain;

import java.util.Optional;

import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;

/** Automatic steps (AUTO_APPROVE for unconditional resources) are the platform's; no person takes them. */
public final class OnlyThePlatformApproves implements ActorPolicy {

    @Override
    public boolean governs(ShareRequestAction action, ShareRequestStatus current) {
        return action.party() == Party.SYSTEM;
    }

    @Override
    public Optional<Text> refusal(
            Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current) {
        return Optional.of(Text.of(RequestMessages.PLATFORM_ONLY, action));
    }
}
