package io.govshare.report.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One provider's response timeliness in a month (申请响应及时度), ranked ascending by mean response time. */
@Schema(name = "ReportTimelinessRow", description = "A provider's response timeliness (申请响应及时度)")
public record TimelinessRow(
        int rank,
        String providerOrg,
        String providerName,
        long responded,
        double meanResponseHours,
        double medianResponseHours,
        long overdue) {}
