package io.govshare.report.domain;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The share-request figures of a month (数据调度情况, docs/statistics.md), as request-service answers them. */
@Schema(name = "ReportRequestStats", description = "The share requests of the month (数据调度情况)")
public record RequestStats(
        String month,
        long submitted,
        long withdrawn,
        long decided,
        long pending,
        long unconditional,
        long signed,
        long rejected,
        Map<String, Long> rejectedByNode) {

    public static final String ACCEPT = "ACCEPT";
    public static final String REVIEW = "REVIEW";
    public static final String SIGN = "SIGN";

    public RequestStats {
        rejectedByNode = rejectedByNode == null ? Map.of() : Map.copyOf(rejectedByNode);
    }

    /** Rejections at one node (ACCEPT, REVIEW or SIGN); 0 when the node is absent. */
    public long rejectedAt(String node) {
        return this.rejectedByNode.getOrDefault(node, 0L);
    }
}
