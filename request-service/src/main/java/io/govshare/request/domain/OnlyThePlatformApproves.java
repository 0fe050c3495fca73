package io.govshare.request.domain;

import java.util.Optional;

/** Automatic steps (AUTO_APPROVE for unconditional resources) are the platform's; no person takes them. */
public final class OnlyThePlatformApproves implements ActorPolicy {

    @Override
    public boolean governs(ShareRequestAction action, ShareRequestStatus current) {
        return action.party() == Party.SYSTEM;
    }

    @Override
    public Optional<String> refusal(
            Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current) {
        return Optional.of(action + " is taken by the platform itself, on submission of an unconditional resource");
    }
}
