package io.govshare.report.render;

/** A rendered report: its bytes and format. */
public record Rendered(ReportFormat format, byte[] body) {}
