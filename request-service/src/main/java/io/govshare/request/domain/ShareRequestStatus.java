package io.govshare.request.domain;

import java.util.EnumSet;
import java.util.Set;

/** The states of a share request (docs/architecture.md §5); the moves between them are {@link ShareRequestAction}. */
public enum ShareRequestStatus {
    SUBMITTED,
    ACCEPTED,
    REVIEWED,
    SIGNED,
    REJECTED,
    WITHDRAWN,
    AUTO_APPROVED;

    /** The states docs/statistics.md counts as "pending" (未审核): the provider has not decided yet. */
    public static final Set<ShareRequestStatus> PENDING = EnumSet.of(SUBMITTED, ACCEPTED, REVIEWED);

    public boolean isPending() {
        return PENDING.contains(this);
    }
}
