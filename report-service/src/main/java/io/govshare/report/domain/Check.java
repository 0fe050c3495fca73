package io.govshare.report.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of one consistency check of a report's figures (docs/report.md, "Checks"); {@code detail} shows the numbers. */
@Schema(name = "ReportCheck", description = "One consistency check and the numbers it compared (数据校验)")
public record Check(String name, boolean ok, String detail) {}
