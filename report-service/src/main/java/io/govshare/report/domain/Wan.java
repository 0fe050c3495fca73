package io.govshare.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats calls as 万 (10,000) with two decimals, rounded as configured (ADR wan-rounding: HALF_UP by default). */
public record Wan(RoundingMode rounding) {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public Wan {
        if (rounding != RoundingMode.HALF_UP && rounding != RoundingMode.FLOOR) {
            throw new IllegalArgumentException("万 figures are rounded HALF_UP or FLOOR, not " + rounding);
        }
    }

    /** {@code 32696900} → {@code "3269.69"}. */
    public String format(long calls) {
        return BigDecimal.valueOf(calls)
                .divide(TEN_THOUSAND)
                .setScale(2, this.rounding)
                .toPlainString();
    }
}
