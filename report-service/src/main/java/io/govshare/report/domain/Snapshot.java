package io.govshare.report.domain;

/** What a report version stores: the month, the edition (names, date, colophon, rounding) and every figure. */
public record Snapshot(String month, Edition edition, Figures figures) {}
