package io.govshare.report.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.report.domain.Check;
import io.govshare.report.domain.Edition;
import io.govshare.report.domain.Figures;
import io.govshare.report.domain.Provenance;
import io.govshare.report.domain.ReportStatus;
import io.govshare.report.domain.ReportVersion;
import io.govshare.report.domain.Verification;

/**
 * A built version of a report in JSON: every figure by name, its checks, its edition and where each figure group came
 * from (docs/api.md, "report-service"; docs/report.md, "Figures JSON").
 */
@Schema(description = "A report version: status, checks, edition, every figure and its provenance (月报版本)")
public record ReportView(
        @Schema(example = "2023-10") String month,
        @Schema(example = "1") int version,
        ReportStatus status,
        OffsetDateTime builtAt,
        @Schema(example = "editor") String builtBy,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true, example = "editor") String publishedBy,

        @Schema(nullable = true, description = "The reason given when failed checks were overridden at publication")
        String overrideReason,

        @Schema(example = "true") boolean checksOk,
        List<Check> checks,
        Edition edition,
        Figures figures,

        @Schema(description = "Where each figure group came from (数据来源)")
        List<Provenance> provenance,

        @Schema(
                nullable = true,
                description = "Only in the answer of publish: the figures the live services give otherwise now,"
                        + " when there are any (印发时的核对结果); null otherwise")
        Verification verification) {

    static ReportView from(ReportVersion v) {
        return from(v, null);
    }

    static ReportView from(ReportVersion v, Verification verification) {
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
                v.snapshot().figures(),
                v.snapshot().provenance(),
                verification == null || verification.isEmpty() ? null : verification);
    }
}
