package io.govshare.report.domain;

import io.govshare.common.error.MessageKey;

/** The messages of report-service ({@code messages/service*.properties}), in English and Chinese. */
public enum ReportMessages implements MessageKey {
    CHECKS_FAILED_TITLE("problem.checks-failed"),
    REPORT("thing.report"),
    REPORT_VERSION("thing.report-version"),
    ALREADY_PUBLISHED("publish.already"),
    PUBLISHED_CONCURRENTLY("publish.concurrently"),
    CHECKS_FAILED("publish.checks-failed"),
    REASON_REQUIRED("publish.reason-required"),
    MORE_ELECTRONIC_THAN_PRINTED("content.electronic-copies"),
    FORMAT("download.format"),
    UPSTREAM_LATE("upstream.late"),
    UPSTREAM_FAILED("upstream.failed"),
    UPSTREAM_REFUSED("upstream.refused"),
    UPSTREAM_SHAPE("upstream.shape"),
    UPSTREAM_UNREACHABLE("upstream.unreachable");

    private final String key;

    ReportMessages(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return this.key;
    }
}
