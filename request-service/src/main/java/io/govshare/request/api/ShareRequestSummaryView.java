package io.govshare.request.api;

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

/**
 * A share request in a list: without purpose, legal basis, items, validity, response time and history
 * ({@code GET /share-requests/{id}} gives them), with what the caller may do on it now.
 */
@Schema(
        name = "ShareRequestSummary",
        description = "A share request in a list (共享申请列表项)",
        requiredProperties = {
            "id",
            "applicantOrg",
            "providerOrg",
            "resourceCode",
            "channel",
            "status",
            "submittedAt",
            "deadline",
            "overdue",
            "version",
            "availableActions"
        })
public record ShareRequestSummaryView(
        @Schema(example = "0f8e4c1a-7a47-4c2e-9d1b-2f6f0a9e5b11")
        UUID id,

        @Schema(
                description = "The id of the former platform, for imported requests",
                nullable = true,
                example = "GZSJGX-202310-0005")
        String externalId,

        @Schema(description = "The applicant's code (申请方)", example = "gz.zwfwzx")
        String applicantOrg,

        @Schema(description = "The provider's code (提供方)", example = "gz.scjgj")
        String providerOrg,

        @Schema(example = "gz.scjgj.002") String resourceCode,
        @Schema(nullable = true, example = "企业年度报告信息") String resourceName,
        Channel channel,
        ShareRequestStatus status,

        @Schema(description = "For REJECTED: the node it was rejected at", nullable = true)
        RejectionNode rejectedAt,

        @Schema(example = "2023-10-09T10:15:00+08:00") OffsetDateTime submittedAt,

        @Schema(
                description = "The provider must respond (accept or reject) by then: 10 working days",
                example = "2023-10-23T10:15:00+08:00")
        OffsetDateTime deadline,

        @Schema(
                description = "The provider's first response (accept or reject)",
                nullable = true,
                example = "2023-10-10T09:00:00+08:00")
        OffsetDateTime respondedAt,

        @Schema(description = "The provider responded late, or has not responded and the deadline passed")
        boolean overdue,

        @Schema(description = "The request this one resubmits", nullable = true)
        UUID resubmissionOf,

        @Schema(description = "Send it back in If-Match to act only on what you read", example = "1")
        long version,

        @Schema(description = "The actions the caller may take now (可执行的操作)", example = "[\"REVIEW\", \"REJECT\"]")
        List<ShareRequestAction> availableActions) {

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
                r.version,
                details.availableActions());
    }
}
