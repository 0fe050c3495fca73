package io.govshare.request.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.govshare.common.error.InvalidInputException;

/**
 * The steps of the state machine as values: how a request starts and how it moves. Both the API and the history
 * import go through here, so an imported history obeys exactly the rules of a live one.
 */
public final class Workflow {

    private Workflow() {}

    /**
     * The first steps of a new request: SUBMIT (or RESUBMIT) into SUBMITTED and, for an UNCONDITIONAL resource,
     * the platform's AUTO_APPROVE at the same instant. A NOT_SHAREABLE resource is refused.
     */
    public static List<StatusChange> start(
            ShareRequestAction opening,
            SharingType sharingType,
            String resourceCode,
            Actor applicant,
            Instant at,
            String comment) {
        if (opening.effect() != ShareRequestAction.Effect.STARTS_NEW_REQUEST) {
            throw new IllegalArgumentException(opening + " does not start a request");
        }
        if (sharingType == SharingType.NOT_SHAREABLE) {
            throw new NotShareableException(resourceCode);
        }
        List<StatusChange> steps = new ArrayList<>();
        steps.add(new StatusChange(opening, null, opening.to(), null, applicant, at, comment));
        if (sharingType == SharingType.UNCONDITIONAL) {
            steps.add(move(opening.to(), ShareRequestAction.AUTO_APPROVE, Actor.PLATFORM, at, "无条件共享"));
        }
        return List.copyOf(steps);
    }

    /**
     * The first steps of a request that resubmits one in {@code previous}, which must be REJECTED or WITHDRAWN
     * and keeps its status.
     */
    public static List<StatusChange> resubmit(
            ShareRequestStatus previous,
            SharingType sharingType,
            String resourceCode,
            Actor applicant,
            Instant at,
            String comment) {
        ShareRequestAction.RESUBMIT.apply(previous);
        return start(ShareRequestAction.RESUBMIT, sharingType, resourceCode, applicant, at, comment);
    }

    /**
     * The step of an action on a request in {@code current}: checked against the transition table, and a
     * rejection needs a reason. Who may act is not checked here but by {@link ActorPolicies}.
     */
    public static StatusChange move(
            ShareRequestStatus current, ShareRequestAction action, Actor actor, Instant at, String comment) {
        if (action.effect() != ShareRequestAction.Effect.MOVES_REQUEST) {
            throw new IllegalTransitionException(current, action, ShareRequestAction.availableFrom(current));
        }
        ShareRequestStatus next = action.apply(current);
        String reason = comment == null || comment.isBlank() ? null : comment.strip();
        if (action == ShareRequestAction.REJECT && reason == null) {
            throw new InvalidInputException("comment", RequestMessages.REASON_REQUIRED);
        }
        RejectionNode node = action == ShareRequestAction.REJECT
                ? RejectionNode.waitingIn(current).orElseThrow()
                : null;
        return new StatusChange(action, current, next, node, actor, at, reason);
    }
}
