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

/** A share request with its history and what the caller may do now (docs/api.md, "request-service"). */
@Schema(
        name = "ShareRequest",
        description = "A share request (数据共享申请) with its history (审批记录)",
        requiredProperties = {
            "id",
            "applicantOrg",
            "providerOrg",
            "resourceCode",
            "channel",
            "status",
            "items",
            "submittedAt",
            "deadline",
            "overdue",
            "version",
            "availableActions",
            "history"
        })
public record ShareRequestView(
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

        @Schema(description = "What the data is for (申请用途)", nullable = true, example = "企业开办“一件事”联办核验")
        String purpose,

        @Schema(description = "The legal basis (申请依据)", nullable = true, example = "《贵州省政务数据资源管理办法》")
        String legalBasis,

        @Schema(description = "Names of the data items asked for; empty: all of them", example = "[\"统一社会信用代码\"]")
        List<String> items,

        @Schema(description = "Until when the data is needed", nullable = true)
        LocalDate validUntil,

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

        @Schema(description = "Working hours from submission to the first response", nullable = true, example = "22.75")
        BigDecimal responseWorkingHours,

        @Schema(description = "The provider responded late, or has not responded and the deadline passed")
        boolean overdue,

        @Schema(description = "The request this one resubmits", nullable = true)
        UUID resubmissionOf,

        @Schema(description = "Send it back in If-Match to act only on what you read (also the ETag)", example = "3")
        long version,

        @Schema(description = "The actions the caller may take now (可执行的操作)", example = "[\"RESUBMIT\"]")
        List<ShareRequestAction> availableActions,

        @Schema(description = "Every step, oldest first: the audit trail")
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
