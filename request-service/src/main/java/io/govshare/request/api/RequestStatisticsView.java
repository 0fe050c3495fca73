package io.govshare.request.api;

import java.time.YearMonth;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.domain.RejectionNode;
import io.govshare.request.service.MonthStatistics;
import io.govshare.request.service.OrganizationStatistics;
import io.govshare.request.service.RequestFigures;

/**
 * The one answer of {@code GET /share-requests/stats} (docs/api.md, "Request statistics"). Without {@code org} the
 * platform's figures fill the top-level counts and {@code org}, {@code asApplicant}, {@code asProvider} are null; with
 * {@code org} the organization's halves fill {@code asApplicant} and {@code asProvider} and the top-level counts are
 * null. One schema rather than a {@code oneOf} of two overlapping shapes: a generated client could not tell them
 * apart (openapi-generator's Java client matched both and refused the answer).
 */
@Schema(
        name = "RequestStatistics",
        description = "The requests of a month (数据调度情况): the platform's when org is null, else that organization's"
                + " as applicant and as provider (单位申请统计)")
public record RequestStatisticsView(
        YearMonth month,

        @Schema(
                nullable = true,
                description = "The organization asked for; null: the whole platform",
                example = "gz.zwfwzx")
        String org,

        @Schema(
                nullable = true,
                description = "All requests submitted in the month (发起数据共享申请); null with org",
                example = "280")
        Long submitted,

        @Schema(nullable = true, description = "Withdrawn by their applicant (撤回); null with org", example = "21")
        Long withdrawn,

        @Schema(
                nullable = true,
                description = "Signed or rejected (办结) = signed + rejected; null with org",
                example = "230")
        Long decided,

        @Schema(
                nullable = true,
                description = "Still open at the end of the month (办理中); null with org",
                example = "17")
        Long pending,

        @Schema(
                nullable = true,
                description = "Unconditionally shared, no review (无条件共享); null with org",
                example = "12")
        Long unconditional,

        @Schema(nullable = true, description = "Signed (签发); null with org", example = "203")
        Long signed,

        @Schema(nullable = true, description = "Rejected (驳回); null with org", example = "27")
        Long rejected,

        @Schema(
                nullable = true,
                description = "Rejections by workflow node; null with org",
                example = "{\"ACCEPT\": 15, \"REVIEW\": 9, \"SIGN\": 3}")
        Map<RejectionNode, Long> rejectedByNode,

        @Schema(nullable = true, description = "With org: the requests it submitted (作为申请方); null without org")
        RequestFigures asApplicant,

        @Schema(nullable = true, description = "With org: the requests addressed to it (作为提供方); null without org")
        RequestFigures asProvider) {

    static RequestStatisticsView of(MonthStatistics s) {
        return new RequestStatisticsView(
                s.month(),
                null,
                s.submitted(),
                s.withdrawn(),
                s.decided(),
                s.pending(),
                s.unconditional(),
                s.signed(),
                s.rejected(),
                s.rejectedByNode(),
                null,
                null);
    }

    static RequestStatisticsView of(OrganizationStatistics s) {
        return new RequestStatisticsView(
                s.month(), s.org(), null, null, null, null, null, null, null, null, s.asApplicant(), s.asProvider());
    }
}
