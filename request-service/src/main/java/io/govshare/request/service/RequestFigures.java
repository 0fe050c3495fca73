package io.govshare.request.service;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.domain.RejectionNode;
import io.govshare.request.persistence.MonthCounts;

/**
 * The request figures of a set of requests (docs/statistics.md, "Requests of month M"):
 * submitted = decided + pending + unconditional + withdrawn, decided = signed + rejected, rejected = Σ rejectedByNode.
 */
@Schema(
        name = "RequestFigures",
        description = "Requests by their status at the end of the month (申请按月末状态统计)",
        requiredProperties = {
            "submitted",
            "withdrawn",
            "decided",
            "pending",
            "unconditional",
            "signed",
            "rejected",
            "rejectedByNode"
        })
public record RequestFigures(
        @Schema(description = "All requests submitted in the month (发起数据共享申请)", example = "280")
        long submitted,

        @Schema(description = "WITHDRAWN (撤回)", example = "21")
        long withdrawn,

        @Schema(description = "signed + rejected (审核)", example = "230")
        long decided,

        @Schema(description = "SUBMITTED, ACCEPTED or REVIEWED (未审核)", example = "17")
        long pending,

        @Schema(description = "AUTO_APPROVED (无条件共享)", example = "12")
        long unconditional,

        @Schema(description = "SIGNED (签发)", example = "203")
        long signed,

        @Schema(description = "REJECTED (驳回)", example = "27")
        long rejected,

        @Schema(
                description = "rejected by node: ACCEPT (受理), REVIEW (审核), SIGN (签发)",
                example = "{\"ACCEPT\": 15, \"REVIEW\": 9, \"SIGN\": 3}")
        Map<RejectionNode, Long> rejectedByNode) {

    static RequestFigures of(MonthCounts c) {
        Map<RejectionNode, Long> byNode = new EnumMap<>(RejectionNode.class);
        byNode.put(RejectionNode.ACCEPT, c.rejectedAtAccept());
        byNode.put(RejectionNode.REVIEW, c.rejectedAtReview());
        byNode.put(RejectionNode.SIGN, c.rejectedAtSign());
        long rejected = c.rejectedAtAccept() + c.rejectedAtReview() + c.rejectedAtSign();
        return new RequestFigures(
                c.submitted(),
                c.withdrawn(),
                c.signed() + rejected,
                c.pending(),
                c.unconditional(),
                c.signed(),
                rejected,
                byNode);
    }
}
