package io.govshare.report.api;

import java.time.OffsetDateTime;

import io.govshare.report.domain.ReportStatus;
import io.govshare.report.persistence.ReportVersionEntity;

/** One built version in the list of reports. */
public record ReportSummaryView(
        String month, int version, ReportStatus status, OffsetDateTime builtAt, boolean checksOk) {

    static ReportSummaryView from(ReportVersionEntity row) {
        return new ReportSummaryView(row.month, row.version, row.status, row.builtAt, row.checksOk);
    }
}
