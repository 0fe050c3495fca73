package io.govshare.report.service;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.report.domain.ReportVersion;
import io.govshare.report.domain.Verification;

/**
 * Checks a built version against the live services (docs/report.md, "Verify"): asks them again for the month's
 * figures, as the build did (the requests of its provenance), and lists every figure that differs now. Changes
 * nothing: a published version stays as published, a new build is the way to a corrected one.
 */
@ApplicationScoped
public class VerifyService {

    /** The figure groups the services give; the cases are the editor's and the month before is a stored version. */
    static final List<String> GROUPS = List.of("requests", "exchange", "national", "timeliness", "ledger");

    private final ReportService reports;
    private final FigureGatherer gatherer;
    private final ObjectMapper json;

    public VerifyService(ReportService reports, FigureGatherer gatherer, ObjectMapper json) {
        this.reports = reports;
        this.gatherer = gatherer;
        this.json = json;
    }

    /** The given version (the latest when null) compared with what the services answer now. */
    public Uni<Verification> verify(YearMonth month, Integer version) {
        return this.reports.get(month, version, false).flatMap(this::verify);
    }

    /** A stored version compared with what the services answer now. */
    public Uni<Verification> verify(ReportVersion version) {
        YearMonth month = YearMonth.parse(version.month());
        return this.gatherer
                .gather(month, version.snapshot().figures().cases())
                .map(now -> new Verification(
                        version.month(),
                        version.version(),
                        FigureDiff.of(
                                this.json.valueToTree(version.snapshot().figures()),
                                this.json.valueToTree(now.figures()),
                                GROUPS)));
    }

    /** As {@link #verify(ReportVersion)}, but null when the services cannot answer now (publishing goes on). */
    public Uni<Verification> verifyIfPossible(ReportVersion version) {
        return verify(version).onFailure().recoverWithItem(e -> {
            Log.warnf("report %s version %d could not be verified: %s", version.month(), version.version(), e);
            return null;
        });
    }
}
