package io.govshare.request.service;

import java.time.YearMonth;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.domain.RejectionNode;

/**
 * The request figures of a month over the whole platform (docs/statistics.md, "Requests of month M" 数据调度情况):
 * the month and the members of {@link RequestFigures}.
 */
@Schema(
        name = "RequestStatistics",
        description = "The platform's requests of a month (数据调度情况)",
        requiredProperties = {
            "month",
            "submitted",
            "withdrawn",
            "decided",
            "pending",
            "unconditional",
            "signed",
            "rejected",
            "rejectedByNode"
        })
public record MonthStatistics(
        YearMonth month,
        @Schema(example = "280") long submitted,
        @Schema(example = "21") long withdrawn,
        @Schema(example = "230") long decided,
        @Schema(example = "17") long pending,
        @Schema(example = "12") long unconditional,
        @Schema(example = "203") long signed,
        @Schema(example = "27") long rejected,

        @Schema(example = "{\"ACCEPT\": 15, \"REVIEW\": 9, \"SIGN\": 3}")
        Map<RejectionNode, Long> rejectedByNode) {

    static MonthStatistics of(YearMonth month, RequestFigures f) {
        return new MonthStatistics(
                month,
                f.submitted(),
                f.withdrawn(),
                f.decided(),
                f.pending(),
                f.unconditional(),
                f.signed(),
                f.rejected(),
                f.rejectedByNode());
    }
}
