package io.govshare.request.domain;

import java.util.Optional;

/**
 * The node of the provider's handling at which a request is decided (docs/architecture.md §5): ACCEPT (受理), REVIEW (审核) or SIGN
 * (签发). A rejection is counted by the node it happened at.
 */
public enum RejectionNode {
    ACCEPT,
    REVIEW,
    SIGN;

    /** The node a request waits at in the given state: SUBMITTED at ACCEPT, ACCEPTED at REVIEW, REVIEWED at SIGN. */
    public static Optional<RejectionNode> waitingIn(ShareRequestStatus status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status) {
            case SUBMITTED -> Optional.of(ACCEPT);
            case ACCEPTED -> Optional.of(REVIEW);
            case REVIEWED -> Optional.of(SIGN);
            default -> Optional.empty();
        };
    }
}
