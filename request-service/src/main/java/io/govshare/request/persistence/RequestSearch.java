package io.govshare.request.persistence;

import java.time.OffsetDateTime;
import java.util.Set;

import io.govshare.request.domain.ActorPolicies;
import io.govshare.request.domain.ShareRequestStatus;

/**
 * The filters of the request list (null or empty = any): statuses, parties, submission window, overdue, the inbox of
 * a caller, a deadline for requests still waiting for the provider's response, the organization whose requests alone
 * are visible ({@code null} for the platform admin), and the order.
 */
public record RequestSearch(
        Set<ShareRequestStatus> statuses,
        String applicantOrg,
        String providerOrg,
        OffsetDateTime submittedFrom,
        OffsetDateTime submittedBefore,
        Boolean overdue,
        ActorPolicies.Inbox inbox,
        OffsetDateTime dueBy,
        String visibleToOrg,
        OffsetDateTime now,
        RequestOrder order) {

    public RequestSearch {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        order = order == null ? RequestOrder.DEFAULT : order;
    }
}
