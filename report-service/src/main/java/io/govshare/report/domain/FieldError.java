package io.govshare.report.domain;

/** One invalid field of a request: its JSON path (e.g. {@code regionCode}, {@code resourceCodes[2]}) and why. */
public record FieldError(String field, String message) {}
