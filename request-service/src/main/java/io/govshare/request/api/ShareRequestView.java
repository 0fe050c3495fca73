package io.govshare.request.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.domain.Channel;
import io.govshare.request.domain.RejectionNode;
import io.govshare.request.domain.ShareRequestAction;
import io.govshare.request.domain.ShareRequestStatus;
import io.govshare.request.persistence.ShareRequestEntity;
import io.govshare.request.service.RequestDetails;

/** A share request with its history and what the caller may do now (DESIGN §11). */
@Schema(description = "A share request (数据共享申请)")
public record ShareRequestView(
        UUID id,

        @Schema(description = "The id of the former platform, for imported requests")
        String externalId,

        String applicantOrg,
        String providerOrg,
        String resourceCode,
        String resourceName,
        Channel channel,
        ShareRequestStatus status,

        @Schema(description = "For REJECTED: the node it was rejected at")
        RejectionNode rejectedAt,

        String purpose,
        String legalBasis,
        List<String> items,
        LocalDate validUntil,
        OffsetDateTime submittedAt,

        @Schema(description = "The provider must respond (accept or reject) by then: 10 working days")
        OffsetDateTime deadline,

        @Schema(description = "The provider's first response (accept or reject)")
        OffsetDateTime respondedAt,

        @Schema(description = "Working hours from submission to the first response")
        BigDecimal responseWorkingHours,

        @Schema(description = "The provider responded late, or has not responded and the deadline passed")
        boolean overdue,

        @Schema(description = "The request this one resubmits")
        UUID resubmissionOf,

        @Schema(description = "Send it back in If-Match to act only on what you read")
        long version,

        @Schema(description = "The actions the caller may take now")
        List<ShareRequestAction> availableActions,

        List<EventView> history) {

    static ShareRequestView from(RequestDetails details, ZoneId zone) {
        ShareRequestEntity r = details.request();
        return new ShareRequestView(
                r.id,
                r.externalId,
                r.applicantOrg,
                r.providerOrg,
                r.resourceCode,
                r.resourceName,
                r.channel,
                r.status,
                r.rejectedNode,
                r.purpose,
                r.legalBasis,
                List.of(r.items),
                r.validUntil,
                Times.local(r.submittedAt, zone),
                Times.local(r.deadline, zone),
                Times.local(r.respondedAt, zone),
                hours(r.responseWorkingSeconds),
                details.overdue(),
                r.resubmissionOf,
                r.version,
                details.availableActions(),
                details.history().stream().map(e -> EventView.from(e, zone)).toList());
    }

    static BigDecimal hours(Long seconds) {
        return seconds == null
                ? null
                : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }
}
