package io.govshare.report.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.common.error.ConflictException;
import io.govshare.common.error.NotFoundException;
import io.govshare.common.error.Text;
import io.govshare.report.config.ReportConfig;
import io.govshare.report.domain.Check;
import io.govshare.report.domain.PublishRefusedException;
import io.govshare.report.domain.ReportMessages;
import io.govshare.report.domain.ReportStatus;
import io.govshare.report.domain.ReportVersion;
import io.govshare.report.persistence.ReportVersionEntity;
import io.govshare.report.persistence.ReportVersionRepository;

/** Reads the built versions and publishes the latest one of a month. */
@ApplicationScoped
public class ReportService {

    private final ReportVersionRepository versions;
    private final SnapshotCodec codec;
    private final Clock clock;

    public ReportService(ReportVersionRepository versions, SnapshotCodec codec, ReportConfig config) {
        this.versions = versions;
        this.codec = codec;
        this.clock = Clock.system(config.timeZone());
    }

    /**
     * The given version of a month, or its latest when {@code version} is null; 404 when there is none. For a reader
     * of published versions only (a department), a draft is as absent as a version never built, so that drafts never
     * show, not even by their number.
     */
    @WithSession
    public Uni<ReportVersion> get(YearMonth month, Integer version, boolean publishedOnly) {
        Uni<ReportVersionEntity> row = version == null
                ? (publishedOnly
                        ? this.versions.findLatestPublished(month.toString())
                        : this.versions.findLatest(month.toString()))
                : this.versions.findVersion(month.toString(), version);
        return row.map(found -> {
            if (found == null || (publishedOnly && found.status != ReportStatus.PUBLISHED)) {
                throw version == null
                        ? new NotFoundException(ReportMessages.REPORT, month.toString())
                        : new NotFoundException(ReportMessages.REPORT_VERSION, month + " v" + version);
            }
            return this.codec.read(found);
        });
    }

    /** Every version of every month (or of one month), newest first; only the published ones when asked. */
    @WithSession
    public Uni<List<ReportVersionEntity>> list(YearMonth month, boolean publishedOnly) {
        if (publishedOnly) {
            return this.versions.listPublished(month == null ? null : month.toString());
        }
        return month == null ? this.versions.listAll() : this.versions.listMonth(month.toString());
    }

    /**
     * Publishes the latest version of a month. Refused (409) when it is already published, or when a check failed
     * and no override with a reason was given; an override is recorded with the version.
     */
    @WithTransaction
    public Uni<ReportVersion> publish(YearMonth month, boolean override, String reason, String user) {
        return this.versions.findLatest(month.toString()).flatMap(row -> {
            if (row == null) {
                throw new NotFoundException(ReportMessages.REPORT, month.toString());
            }
            ReportVersion latest = this.codec.read(row);
            if (latest.status() == ReportStatus.PUBLISHED) {
                throw new ConflictException(null, Text.of(ReportMessages.ALREADY_PUBLISHED, month, latest.version()));
            }
            List<Check> failed = latest.checks().stream().filter(c -> !c.ok()).toList();
            if (!failed.isEmpty() && !override) {
                throw new PublishRefusedException(month.toString(), latest.version(), failed);
            }
            String recorded = failed.isEmpty() ? null : reason;
            Log.infof(
                    "report %s version %d published by %s%s",
                    month,
                    latest.version(),
                    user,
                    recorded == null ? "" : " overriding " + failed.size() + " failed check(s)");
            OffsetDateTime now = OffsetDateTime.now(this.clock);
            return this.versions.publishDraft(row.id, now, user, recorded).map(changed -> {
                if (changed == 0) {
                    throw new ConflictException(null, Text.of(ReportMessages.PUBLISHED_CONCURRENTLY, month));
                }
                return new ReportVersion(
                        latest.id(),
                        latest.month(),
                        latest.version(),
                        ReportStatus.PUBLISHED,
                        latest.builtAt(),
                        latest.builtBy(),
                        now,
                        user,
                        recorded,
                        latest.snapshot(),
                        latest.checks());
            });
        });
    }
}
