package io.govshare.request.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.govshare.request.domain.ShareRequestStatus.ACCEPTED;
import static io.govshare.request.domain.ShareRequestStatus.AUTO_APPROVED;
import static io.govshare.request.domain.ShareRequestStatus.REJECTED;
import static io.govshare.request.domain.ShareRequestStatus.REVIEWED;
import static io.govshare.request.domain.ShareRequestStatus.SIGNED;
import static io.govshare.request.domain.ShareRequestStatus.SUBMITTED;
import static io.govshare.request.domain.ShareRequestStatus.WITHDRAWN;

/**
 * The transition table of the share-request workflow (docs/architecture.md §5, STYLE §3): one row per action, with the states it
 * may start from, the state it leads to and the party that takes it. Code, the README diagram and the tests all
 * derive from this table.
 *
 * <p>{@link #SUBMIT} and {@link #RESUBMIT} start a new request: SUBMIT from nothing, RESUBMIT from a REJECTED or
 * WITHDRAWN request, which keeps its status and is linked from the new one ({@code resubmissionOf}).
 */
public enum ShareRequestAction {
    SUBMIT(Party.APPLICANT, SUBMITTED, Effect.STARTS_NEW_REQUEST),
    AUTO_APPROVE(Party.SYSTEM, AUTO_APPROVED, Effect.MOVES_REQUEST, SUBMITTED),
    ACCEPT(Party.PROVIDER, ACCEPTED, Effect.MOVES_REQUEST, SUBMITTED),
    REVIEW(Party.PROVIDER, REVIEWED, Effect.MOVES_REQUEST, ACCEPTED),
    SIGN(Party.PROVIDER, SIGNED, Effect.MOVES_REQUEST, REVIEWED),
    REJECT(Party.PROVIDER, REJECTED, Effect.MOVES_REQUEST, SUBMITTED, ACCEPTED, REVIEWED),
    WITHDRAW(Party.APPLICANT, WITHDRAWN, Effect.MOVES_REQUEST, SUBMITTED, ACCEPTED, REVIEWED),
    RESUBMIT(Party.APPLICANT, SUBMITTED, Effect.STARTS_NEW_REQUEST, REJECTED, WITHDRAWN);

    /** What an action does to the request it is applied to. */
    public enum Effect {
        /** The request moves to {@link #to()}. */
        MOVES_REQUEST,
        /** A new request starts in {@link #to()}; the request it came from (if any) keeps its status. */
        STARTS_NEW_REQUEST
    }

    private final Party party;
    private final ShareRequestStatus to;
    private final Effect effect;
    private final Set<ShareRequestStatus> from;

    ShareRequestAction(Party party, ShareRequestStatus to, Effect effect, ShareRequestStatus... from) {
        this.party = party;
        this.to = to;
        this.effect = effect;
        this.from = from.length == 0
                ? Collections.unmodifiableSet(EnumSet.noneOf(ShareRequestStatus.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(from)));
    }

    /** The states this action may be taken from; empty for {@link #SUBMIT}, which starts from nothing. */
    public Set<ShareRequestStatus> from() {
        return this.from;
    }

    /** The state the action leads to (for a new request: the state it starts in). */
    public ShareRequestStatus to() {
        return this.to;
    }

    public Party party() {
        return this.party;
    }

    public Effect effect() {
        return this.effect;
    }

    public boolean isAllowedFrom(ShareRequestStatus current) {
        return this.from.contains(current);
    }

    /** The state after this action, or {@link IllegalTransitionException} when the table does not allow it. */
    public ShareRequestStatus apply(ShareRequestStatus current) {
        if (!isAllowedFrom(current)) {
            throw new IllegalTransitionException(current, this, availableFrom(current));
        }
        return this.to;
    }

    /** Every action a person (not the platform) may take on a request in the given state, in table order. */
    public static List<ShareRequestAction> availableFrom(ShareRequestStatus current) {
        return Arrays.stream(values())
                .filter(action -> action.party != Party.SYSTEM && action.isAllowedFrom(current))
                .toList();
    }
}
