package io.govshare.request.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.govshare.common.error.NotPermittedException;
import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;

/**
 * Who may act (docs/architecture.md, "The workflow as a state machine"; docs/security.md): the named policies, and the
 * platform admin who may act anywhere (but never in the platform's own automatic steps). Every action is governed by
 * exactly one policy; a test checks that.
 */
public final class ActorPolicies {

    static final List<ActorPolicy> POLICIES = List.of(
            new ApplicantActsForApplicant(),
            new ProviderReviewerHandlesAcceptAndReview(),
            new ProviderSignerHandlesSign(),
            new OnlyThePlatformApproves());

    /** An organization code no caller has: the side of a request the caller is not on. */
    private static final String NOBODY = "";

    private ActorPolicies() {}

    /** Empty when the caller may take the action on a request in the given state; otherwise the reason. */
    public static Optional<Text> refusal(
            Caller caller, Parties parties, ShareRequestAction action, ShareRequestStatus current) {
        List<ActorPolicy> governing = POLICIES.stream()
                .filter(policy -> policy.governs(action, current))
                .toList();
        if (governing.isEmpty()) {
            return Optional.of(Text.of(RequestMessages.NOT_POSSIBLE, action, current));
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

    /**
     * The caller's inbox (待办, docs/api.md {@code actionable=true}): the requests on which it can take a provider's
     * action now (accept, review, sign, reject). Derived from the policies: the statuses in which the caller, on the
     * provider's side, has a provider action, and the provider organization ({@code null}: any, for the platform
     * admin). The applicant's withdraw and resubmit put nothing in the inbox.
     */
    public static Inbox inbox(Caller caller) {
        String provider = caller.isAdmin() ? null : caller.org().orElse(null);
        Parties asProvider = new Parties(NOBODY, provider == null ? NOBODY : provider);
        Set<ShareRequestStatus> statuses = EnumSet.noneOf(ShareRequestStatus.class);
        if (provider != null || caller.isAdmin()) {
            for (ShareRequestStatus status : ShareRequestStatus.values()) {
                if (availableTo(caller, asProvider, status).stream()
                        .anyMatch(action -> action.party() == Party.PROVIDER)) {
                    statuses.add(status);
                }
            }
        }
        return new Inbox(provider, statuses);
    }

    /**
     * The requests a caller can act on as provider: those of {@code providerOrg} ({@code null}: of every provider)
     * in one of {@code statuses}; none when {@code statuses} is empty.
     */
    public record Inbox(String providerOrg, Set<ShareRequestStatus> statuses) {

        public Inbox {
            statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        }

        public boolean isEmpty() {
            return this.statuses.isEmpty();
        }
    }
}
