package io.govshare.request.service;

import java.time.Instant;
import java.util.UUID;

import io.smallrye.mutiny.Uni;

import io.govshare.request.domain.InvalidHistoryException;
import io.govshare.request.domain.RequestMessages;
import io.govshare.request.domain.ShareRequestAction;
import io.govshare.request.persistence.ShareRequestRepository;

/**
 * Resolves the {@code resubmissionOf} of an imported item to the stored request it takes up: same applicant and
 * resource, REJECTED or WITHDRAWN before the new submission, and not taken up by another request yet.
 */
final class ResubmissionLink {

    private final ShareRequestRepository requests;

    ResubmissionLink(ShareRequestRepository requests) {
        this.requests = requests;
    }

    /** The id of the request resubmitted, or {@code null} when the item is no resubmission. */
    Uni<UUID> resolve(ImportItem item, Instant submittedAt) {
        if (item.resubmissionOf() == null) {
            return Uni.createFrom().nullItem();
        }
        return this.requests.findByExternalId(item.resubmissionOf()).flatMap(previous -> {
            if (previous == null) {
                throw new InvalidHistoryException(
                        "resubmissionOf", RequestMessages.RESUBMISSION_UNKNOWN, item.resubmissionOf());
            }
            if (!previous.applicantOrg.equals(item.applicantOrg())
                    || !previous.resourceCode.equals(item.resourceCode())) {
                throw new InvalidHistoryException("resubmissionOf", RequestMessages.RESUBMISSION_OTHER);
            }
            if (!ShareRequestAction.RESUBMIT.isAllowedFrom(previous.status)) {
                throw new InvalidHistoryException(
                        "resubmissionOf", RequestMessages.RESUBMISSION_STATUS, previous.status);
            }
            if (previous.statusChangedAt.toInstant().isAfter(submittedAt)) {
                throw new InvalidHistoryException("events[0].at", RequestMessages.RESUBMISSION_BEFORE);
            }
            return this.requests.findResubmissionOf(previous.id).map(other -> {
                if (other != null) {
                    throw new InvalidHistoryException("resubmissionOf", RequestMessages.RESUBMISSION_TAKEN);
                }
                return previous.id;
            });
        });
    }
}
