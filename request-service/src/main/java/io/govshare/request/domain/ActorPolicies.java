package io.govshare.request.domain;

import java.util.List;
import java.util.Optional;

/**
 * Who may act (DESIGN §4, §6): the named policies, and the platform admin who may act anywhere (but never in the
 * platform's own automatic steps). Every action is governed by exactly one policy; a test checks that.
 */
public final class ActorPolicies {

    static final List<ActorPolicy> POLICIES = List.of(
            new ApplicantActsForApplicant(),
            new ProviderReviewerHandlesAcceptAndReview(),
            new ProviderSignerHandlesSign(),
            new OnlyThePlatformApproves());

    private ActorPolicies() {}

    /** Empty when the caller may take the action on a request in the given state; otherwise the reason. */
    public static Optional<String> refusal(
            Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current) {
        List<ActorPolicy> governing = POLICIES.stream()
                .filter(policy -> policy.governs(action, current))
                .toList();
        if (governing.isEmpty()) {
            return Optional.of(action + " is not possible on a request that is " + current);
        }
        if (caller.isAdmin() && action.party() != Party.SYSTEM) {
            return Optional.empty();
        }
        return governing.stream()
                .map(policy -> policy.refusal(caller, parties, action, current))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Throws {@link NotPermittedException} with the reason when the caller may not act. */
    public static void check(Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current) {
        refusal(caller, parties, action, current).ifPresent(reason -> {
            throw new NotPermittedException(reason);
        });
    }

    /**
     * Checks an action the way every use case does: allowed by the table in the current state (otherwise 409, naming
     * what this caller could do instead), then allowed to this caller (otherwise 403 with the reason).
     */
    public static void authorize(
            Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current) {
        if (!action.isAllowedFrom(current)) {
            throw new IllegalTransitionException(current, action, availableTo(caller, parties, current));
        }
        check(caller, parties, action, current);
    }

    /** The actions possible in the state that this caller may take, in table order. */
    public static List<ShareRequestAction> availableTo(Caller caller, Parties parties, ShareRequestStatus current) {
        return ShareRequestAction.availableFrom(current).stream()
                .filter(action -> refusal(caller, parties, action, current).isEmpty())
                .toList();
    }
}
