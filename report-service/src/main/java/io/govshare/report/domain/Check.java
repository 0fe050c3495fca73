package io.govshare.report.domain;

/** The outcome of one consistency check of a report's figures (DESIGN §8); {@code detail} shows the numbers. */
public record Check(String name, boolean ok, String detail) {}
