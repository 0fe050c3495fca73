package io.govshare.report.persistence;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import io.govshare.report.domain.ReportStatus;

/** The built versions of the reports. */
@ApplicationScoped
@WithSession
public class ReportVersionRepository implements PanacheRepositoryBase<ReportVersionEntity, UUID> {

    /** The newest version of a month, or null when none was built. */
    public Uni<ReportVersionEntity> findLatest(String month) {
        return find("month", Sort.descending("version"), month).firstResult();
    }

    /** The newest published version of a month, or null when none was published. */
    public Uni<ReportVersionEntity> findLatestPublished(String month) {
        return find("month = ?1 and status = ?2", Sort.descending("version"), month, ReportStatus.PUBLISHED)
                .firstResult();
    }

    public Uni<ReportVersionEntity> findVersion(String month, int version) {
        return find("month = ?1 and version = ?2", month, version).firstResult();
    }

    /** The class of this service's advisory locks: "REPT". */
    private static final int LOCK_CLASS = 0x52455054;

    /**
     * Takes the month's advisory lock until the end of the transaction (PostgreSQL {@code pg_advisory_xact_lock}), so
     * that two builds of one month, on any replica, store their versions one after the other.
     */
    public Uni<Long> lockMonth(YearMonth month) {
        return getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select count(*) from pg_advisory_xact_lock(?1, ?2)", Long.class)
                        .setParameter(1, LOCK_CLASS)
                        .setParameter(2, month.getYear() * 12 + month.getMonthValue() - 1)
                        .getSingleResult());
    }

    /** The newest version built of any month, or null when none was built. */
    public Uni<ReportVersionEntity> findLatestBuilt() {
        return find("from ReportVersionEntity", Sort.descending("builtAt")).firstResult();
    }

    /** The published versions (of every month, or of one), newest month and version first. */
    public Uni<List<ReportVersionEntity>> listPublished(String month) {
        return month == null
                ? list("status", Sort.descending("month", "version"), ReportStatus.PUBLISHED)
                : list("month = ?1 and status = ?2", Sort.descending("version"), month, ReportStatus.PUBLISHED);
    }

    /** The highest version number of a month, 0 when none was built. */
    public Uni<Integer> maxVersion(String month) {
        return find("select coalesce(max(version), 0) from ReportVersionEntity where month = ?1", month)
                .project(Integer.class)
                .firstResult();
    }

    /** Every version, newest month first and newest version first within a month. */
    public Uni<List<ReportVersionEntity>> listAll() {
        return listAll(Sort.descending("month", "version"));
    }

    public Uni<List<ReportVersionEntity>> listMonth(String month) {
        return list("month", Sort.descending("version"), month);
    }

    /**
     * Publishes the version if it is still a draft; returns the number of rows changed (0 when another request
     * published it first), so that two publications cannot both succeed.
     */
    public Uni<Integer> publishDraft(UUID id, OffsetDateTime at, String by, String overrideReason) {
        return update(
                "status = ?1, publishedAt = ?2, publishedBy = ?3, overrideReason = ?4 where id = ?5 and status = ?6",
                ReportStatus.PUBLISHED,
                at,
                by,
                overrideReason,
                id,
                ReportStatus.DRAFT);
    }
}
