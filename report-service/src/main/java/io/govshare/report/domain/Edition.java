package io.govshare.report.domain;

import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What the report says about itself, fixed at build: the province and issuer, the issue date, the colophon and the
 * rounding of 万 figures, so that a later change of configuration does not change a built report.
 */
public record Edition(
        String province, String issuer, LocalDate issueDate, Colophon colophon, RoundingMode wanRounding) {}
