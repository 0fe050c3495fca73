package io.govshare.report.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
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
import io.govshare.report.domain.EditionOption;
import io.govshare.report.domain.PreviousMonth;
import io.govshare.report.domain.Provenance;
import io.govshare.report.domain.ReportStatus;
import io.govshare.report.domain.ReportVersion;
import io.govshare.report.domain.Snapshot;
import io.govshare.report.persistence.ReportVersionEntity;
import io.govshare.report.persistence.ReportVersionRepository;
import io.govshare.report.render.Fonts;

/**
 * Builds a new draft version of a month's report: gathers every figure, runs the checks and stores the snapshot. The
 * figures are fetched before the transaction, so a failed call stores nothing and no transaction waits on the network.
 * The store takes the month's lock in the database, so that builds of one month, on any replica, number their
 * versions one after the other.
 */
@ApplicationScoped
public class BuildService {

    /** Who the scheduled draft is recorded as built by ({@code builtBy}). */
    public static final String SCHEDULER = "report-service (scheduled)";

    private final FigureGatherer gatherer;
    private final ContentService contents;
    private final ReportVersionRepository versions;
    private final SnapshotCodec codec;
    private final ReportConfig config;
    private final Fonts fonts;
    private final ReportMetrics metrics;
    private final Clock clock;

    public BuildService(
            FigureGatherer gatherer,
            ContentService contents,
            ReportVersionRepository versions,
            SnapshotCodec codec,
            ReportConfig config,
            Fonts fonts,
            ReportMetrics metrics) {
        this.gatherer = gatherer;
        this.contents = contents;
        this.versions = versions;
        this.codec = codec;
        this.config = config;
        this.fonts = fonts;
        this.metrics = metrics;
        this.clock = Clock.system(config.timeZone());
    }

    /** A new draft version of the month, after those built before. */
    public Uni<ReportVersion> build(YearMonth month, String user) {
        return build(month, user, false);
    }

    /**
     * The first version of the month, built only when the month has none yet (the scheduled draft); null when it
     * has one, also when another replica stored it while this one gathered the figures.
     */
    public Uni<ReportVersion> buildFirst(YearMonth month, String user) {
        return build(month, user, true);
    }

    private Uni<ReportVersion> build(YearMonth month, String user, boolean onlyFirst) {
        Log.debugf("build of the report %s asked by %s", month, user);
        long start = System.nanoTime();
        return this.contents
                .get(month)
                .flatMap(content -> this.gatherer
                        .gather(month, content.cases())
                        .flatMap(gathered -> publishedBefore(month).flatMap(previous -> {
                            Edition edition = edition(content);
                            List<Provenance> provenance = new ArrayList<>(gathered.provenance());
                            if (previous != null && edition.has(EditionOption.MONTH_ON_MONTH)) {
                                provenance.add(new Provenance(
                                        "previousMonth",
                                        "report-service",
                                        "GET /api/v1/reports/" + previous.month() + "?version=" + previous.version(),
                                        OffsetDateTime.now(this.clock)));
                            }
                            Snapshot snapshot = new Snapshot(
                                    month.toString(),
                                    edition,
                                    gathered.figures().withPreviousMonth(previous),
                                    provenance);
                            return store(month, snapshot, user, onlyFirst);
                        }))
                        .invoke(v -> {
                            if (v != null) {
                                this.metrics.built(v.checks(), System.nanoTime() - start);
                            }
                        }));
    }

    /** The month before as its latest published version printed it: what 环比 compares with (null: none). */
    private Uni<PreviousMonth> publishedBefore(YearMonth month) {
        return this.versions
                .findLatestPublished(month.minusMonths(1).toString())
                .map(row -> row == null ? null : PreviousMonth.of(this.codec.read(row)));
    }

    private Uni<ReportVersion> store(YearMonth month, Snapshot snapshot, String user, boolean onlyFirst) {
        List<Check> checks = Checks.of(snapshot.figures());
        return Panache.withTransaction(() -> this.versions
                        .lockMonth(month)
                        .flatMap(locked -> this.versions.maxVersion(month.toString()))
                        .flatMap(max -> {
                            if (onlyFirst && max > 0) {
                                return Uni.createFrom().<ReportVersionEntity>nullItem();
                            }
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
                .map(row -> row == null ? null : this.codec.read(row))
                .invoke(v -> {
                    if (v != null) {
                        Log.infof(
                                "report %s version %d built by %s, checks %s",
                                v.month(), v.version(), user, v.checksOk() ? "passed" : "FAILED");
                    }
                });
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
