package io.govshare.report.persistence;

import java.time.OffsetDateTime;
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
