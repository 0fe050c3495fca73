package io.govshare.request.service;

import java.math.BigDecimal;

/** One provider's response timeliness in a month (DESIGN §7 申请响应及时度), with the provider's catalog name. */
public record Timeliness(
        int rank,
        String providerOrg,
        String providerName,
        long responded,
        BigDecimal meanResponseHours,
        BigDecimal medianResponseHours,
        long overdue) {}
