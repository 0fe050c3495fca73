package io.govshare.report.domain;

/** One provider's response timeliness in a month (申请响应及时度), ranked ascending by mean response time. */
public record TimelinessRow(
        int rank,
        String providerOrg,
        String providerName,
        long responded,
        double meanResponseHours,
        double medianResponseHours,
        long overdue) {}
