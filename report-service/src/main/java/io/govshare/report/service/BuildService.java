package io.govshare.report.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.report.config.ReportConfig;
import io.govshare.report.domain.Check;
import io.govshare.report.domain.Checks;
import io.govshare.report.domain.Colophon;
import io.govshare.report.domain.Content;
import io.govshare.report.domain.Edition;
import io.govshare.report.domain.Figures;
import io.govshare.report.domain.ReportStatus;
import io.govshare.report.domain.ReportVersion;
import io.govshare.report.domain.Snapshot;
import io.govshare.report.persistence.ReportVersionEntity;
import io.govshare.report.persistence.ReportVersionRepository;

/**
 * Builds a new draft version of a month's report: gathers every figure, runs the checks and stores the snapshot. The
 * figures are fetched before the transaction, so a failed call stores nothing and no transaction waits on the network.
 */
@ApplicationScoped
public class BuildService {

    private final FigureGatherer gatherer;
    private final ContentService contents;
    private final ReportVersionRepository versions;
    private final SnapshotCodec codec;
    private final ReportConfig config;
    private final Clock clock;

    public BuildService(
            FigureGatherer gatherer,
            ContentService contents,
            ReportVersionRepository versions,
            SnapshotCodec codec,
            ReportConfig config) {
        this.gatherer = gatherer;
        this.contents = contents;
        this.versions = versions;
        this.codec = codec;
        this.config = config;
        this.clock = Clock.system(config.timeZone());
    }

    public Uni<ReportVersion> build(YearMonth month, String user) {
        Log.debugf("build of the report %s asked by %s", month, user);
        return this.contents
                .get(month)
                .flatMap(content -> this.gatherer
                        .gather(month, content.cases())
                        .flatMap(figures -> store(month, edition(content), figures, user)));
    }

    private Uni<ReportVersion> store(YearMonth month, Edition edition, Figures figures, String user) {
        Snapshot snapshot = new Snapshot(month.toString(), edition, figures);
        List<Check> checks = Checks.of(figures);
        return Panache.withTransaction(() -> this.versions
                        .maxVersion(month.toString())
                        .flatMap(max -> {
                            ReportVersionEntity row = new ReportVersionEntity();
                            row.id = UUID.randomUUID();
                            row.month = month.toString();
                            row.version = max + 1;
                            row.status = ReportStatus.DRAFT;
                            row.builtAt = OffsetDateTime.now(this.clock);
                            row.builtBy = user;
                            row.snapshot = this.codec.write(snapshot);
                            row.checks = this.codec.write(checks);
                            row.checksOk = Checks.allOk(checks);
                            return this.versions.persistAndFlush(row);
                        }))
                .map(this.codec::read)
                .invoke(v -> Log.infof(
                        "report %s version %d built by %s, checks %s",
                        v.month(), v.version(), user, v.checksOk() ? "passed" : "FAILED"));
    }

    private Edition edition(Content content) {
        ReportConfig.ColophonDefaults d = this.config.colophon();
        Colophon defaults = new Colophon(
                d.reportTo(), d.sendTo(), d.issueTo(), d.office(), d.printedCopies(), d.electronicCopies());
        return new Edition(
                orElse(content.province(), this.config.province()),
                orElse(content.issuer(), this.config.issuer()),
                content.issueDate() != null ? content.issueDate() : LocalDate.now(this.clock),
                content.colophon() == null ? defaults : content.colophon().orElse(defaults),
                this.config.wanRounding());
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
