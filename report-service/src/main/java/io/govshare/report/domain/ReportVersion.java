package io.govshare.report.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A built version of a month's report with its snapshot and checks, as stored. */
public record ReportVersion(
        UUID id,
        String month,
        int version,
        ReportStatus status,
        OffsetDateTime builtAt,
        String builtBy,
        OffsetDateTime publishedAt,
        String publishedBy,
        String overrideReason,
        Snapshot snapshot,
        List<Check> checks) {

    public boolean checksOk() {
        return Checks.allOk(this.checks);
    }
}
