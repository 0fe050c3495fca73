package io.govshare.request.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.domain.Channel;
import io.govshare.request.domain.RejectionNode;
import io.govshare.request.domain.ShareRequestStatus;
import io.govshare.request.persistence.ShareRequestEntity;
import io.govshare.request.service.RequestDetails;

/** A share request in a list: without its history; {@code GET /share-requests/{id}} gives the rest. */
@Schema(description = "A share request in a list")
public record ShareRequestSummaryView(
        UUID id,
        String externalId,
        String applicantOrg,
        String providerOrg,
        String resourceCode,
        String resourceName,
        Channel channel,
        ShareRequestStatus status,
        RejectionNode rejectedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime deadline,
        OffsetDateTime respondedAt,
        boolean overdue,
        UUID resubmissionOf,
        long version) {

    static ShareRequestSummaryView from(RequestDetails details, ZoneId zone) {
        ShareRequestEntity r = details.request();
        return new ShareRequestSummaryView(
                r.id,
                r.externalId,
                r.applicantOrg,
                r.providerOrg,
                r.resourceCode,
                r.resourceName,
                r.channel,
                r.status,
                r.rejectedNode,
                Times.local(r.submittedAt, zone),
                Times.local(r.deadline, zone),
                Times.local(r.respondedAt, zone),
                details.overdue(),
                r.resubmissionOf,
                r.version);
    }
}
