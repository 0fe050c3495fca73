package io.govshare.report.domain;

/** A report version is a DRAFT until published; a PUBLISHED version never changes. */
public enum ReportStatus {
    DRAFT,
    PUBLISHED
}
