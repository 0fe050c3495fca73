package io.govshare.report.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.report.domain.ReportStatus;
import io.govshare.report.persistence.ReportVersionEntity;

/** One built version in the list of reports. */
@Schema(description = "One built version (月报版本)")
public record ReportSummaryView(
        @Schema(example = "2023-10") String month,
        @Schema(example = "1") int version,
        ReportStatus status,
        OffsetDateTime builtAt,
        @Schema(example = "true") boolean checksOk) {

    static ReportSummaryView from(ReportVersionEntity row) {
        return new ReportSummaryView(row.month, row.version, row.status, row.builtAt, row.checksOk);
    }
}
