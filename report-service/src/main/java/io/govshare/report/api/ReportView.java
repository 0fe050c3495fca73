package io.govshare.report.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.report.domain.Check;
import io.govshare.report.domain.Edition;
import io.govshare.report.domain.Figures;
import io.govshare.report.domain.ReportStatus;
import io.govshare.report.domain.ReportVersion;

/** A built version of a report in JSON: every figure by name (DESIGN §11), its checks and its edition. */
@Schema(description = "A report version: status, checks and every figure")
public record ReportView(
        String month,
        int version,
        ReportStatus status,
        OffsetDateTime builtAt,
        String builtBy,
        OffsetDateTime publishedAt,
        String publishedBy,

        @Schema(description = "The reason given when failed checks were overridden at publication")
        String overrideReason,

        boolean checksOk,
        List<Check> checks,
        Edition edition,
        Figures figures) {

    static ReportView from(ReportVersion v) {
        return new ReportView(
                v.month(),
                v.version(),
                v.status(),
                v.builtAt(),
                v.builtBy(),
                v.publishedAt(),
                v.publishedBy(),
                v.overrideReason(),
                v.checksOk(),
                v.checks(),
                v.snapshot().edition(),
                v.snapshot().figures());
    }
}
