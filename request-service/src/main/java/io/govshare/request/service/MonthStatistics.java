package io.govshare.request.service;

import java.time.YearMonth;
import java.util.Map;

import io.govshare.request.domain.RejectionNode;

/** The request figures of a month (DESIGN §7 数据调度情况); submitted = decided + pending + unconditional + withdrawn. */
public record MonthStatistics(
        YearMonth month,
        long submitted,
        long withdrawn,
        long decided,
        long pending,
        long unconditional,
        long signed,
        long rejected,
        Map<RejectionNode, Long> rejectedByNode) {}
