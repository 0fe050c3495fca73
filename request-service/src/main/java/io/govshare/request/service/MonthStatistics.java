package io.govshare.request.service;

import java.time.YearMonth;
import java.util.Map;

import io.govshare.request.domain.RejectionNode;

/**
 * The request figures of a month over the whole platform (docs/statistics.md, "Requests of month M" 数据调度情况):
 * the month and the members of {@link RequestFigures}.
 */
public record MonthStatistics(
        YearMonth month,
        long submitted,
        long withdrawn,
        long decided,
        long pending,
        long unconditional,
        long signed,
        long rejected,

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
