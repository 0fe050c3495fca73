package io.govshare.request.domain;

import java.util.Optional;

import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;

/** A rule on who may take an action; in the style of the library's {@code PlacingOnHoldPolicy}. */
public interface ActorPolicy {

    /** Whether this policy speaks about the action taken on a request in the given state. */
    boolean governs(ShareRequestAction action, ShareRequestStatus current);

    /** Empty when the caller may act; otherwise why not. */
    Optional<Text> refusal(Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current);
}
