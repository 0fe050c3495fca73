package io.govshare.report.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
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
import io.govshare.report.domain.PreviousMonth;
import io.govshare.report.domain.ReportStatus;
import io.govshare.report.domain.ReportVersion;
import io.govshare.report.domain.Snapshot;
import io.govshare.report.persistence.ReportVersionEntity;
import io.govshare.report.persistence.ReportVersionRepository;
import io.govshare.report.render.Fonts;

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
    private final Fonts fonts;
    private final Clock clock;

    public BuildService(
            FigureGatherer gatherer,
            ContentService contents,
            ReportVersionRepository versions,
            SnapshotCodec codec,
            ReportConfig config,
            Fonts fonts) {
        this.gatherer = gatherer;
        this.contents = contents;
        this.versions = versions;
        this.codec = codec;
        this.config = config;
        this.fonts = fonts;
        this.clock = Clock.system(config.timeZone());
    }

    public Uni<ReportVersion> build(YearMonth month, String user) {
        Log.debugf("build of the report %s asked by %s", month, user);
        return this.contents
                .get(month)
                .flatMap(content -> this.gatherer
                        .gather(month, content.cases())
                        .flatMap(figures -> publishedBefore(month).map(figures::withPreviousMonth))
                        .flatMap(figures -> store(month, edition(content), figures, user)));
    }

    /** The month before as its latest published version printed it: what 环比 compares with (null: none). */
    private Uni<PreviousMonth> publishedBefore(YearMonth month) {
        return this.versions
                .findLatestPublished(month.minusMonths(1).toString())
                .map(row -> row == null ? null : PreviousMonth.of(this.codec.read(row)));
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
                this.config.wanRounding(),
                List.copyOf(this.config.edition().options().orElse(Set.of())),
                this.fonts.choices());
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
