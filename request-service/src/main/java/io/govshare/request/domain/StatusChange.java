package io.govshare.request.domain;

import java.time.Instant;

/**
 * One step of a request's history, the audit trail (docs/architecture.md §5): the action, the state before ({@code null} when the
 * action started the request) and after, the node of a rejection, who acted and when, and the comment.
 */
public record StatusChange(
        ShareRequestAction action,
        ShareRequestStatus from,
        ShareRequestStatus to,
        RejectionNode node,
        Actor actor,
        Instant at,
        String comment) {

    /** True for the first response of the provider: an ACCEPT, or a REJECT at the ACCEPT node. */
    public boolean isResponse() {
        return this.action == ShareRequestAction.ACCEPT
                || (this.action == ShareRequestAction.REJECT && this.node == RejectionNode.ACCEPT);
    }
}
