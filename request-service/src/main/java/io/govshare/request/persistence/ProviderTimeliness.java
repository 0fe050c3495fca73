package io.govshare.request.persistence;

import java.math.BigDecimal;

/** One provider's response times over a month's requests, in working hours rounded to two decimals. */
public record ProviderTimeliness(
        int rank, String providerOrg, long responded, BigDecimal meanHours, BigDecimal medianHours, long overdue) {}
