package io.govshare.report.domain;

import java.util.Map;

/** The share-request figures of a month (数据调度情况, DESIGN §7), as request-service answers them. */
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
