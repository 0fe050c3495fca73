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

import io.govshare.report.config.ReportConfig;
import io.govshare.report.domain.Check;
import io.govshare.report.domain.ConflictException;
import io.govshare.report.domain.NotFoundException;
import io.govshare.report.domain.PublishRefusedException;
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

    /** The given version of a month, or its latest when {@code version} is null; 404 when there is none. */
    @WithSession
    public Uni<ReportVersion> get(YearMonth month, Integer version) {
        Uni<ReportVersionEntity> row = version == null
                ? this.versions.findLatest(month.toString())
                : this.versions.findVersion(month.toString(), version);
        return row.map(found -> {
            if (found == null) {
                throw version == null
                        ? new NotFoundException("report", month.toString())
                        : new NotFoundException("report version", month + " v" + version);
            }
            return this.codec.read(found);
        });
    }

    /** Every version of every month (or of one month), newest first. */
    @WithSession
    public Uni<List<ReportVersionEntity>> list(YearMonth month) {
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
                throw new NotFoundException("report", month.toString());
            }
            ReportVersion latest = this.codec.read(row);
            if (latest.status() == ReportStatus.PUBLISHED) {
                throw new ConflictException(
                        null, "report " + month + " version " + latest.version() + " is already published");
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
                    throw new ConflictException(null, "report " + month + " was published concurrently");
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
