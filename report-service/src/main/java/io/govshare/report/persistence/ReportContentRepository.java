package io.govshare.report.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The editorial content per month. */
@ApplicationScoped
@WithSession
public class ReportContentRepository implements PanacheRepositoryBase<ReportContentEntity, String> {

    /**
     * Inserts the month's content or replaces it, in one statement: two editors saving the same month at once are
     * serialised by the database (the later write wins) instead of failing on a version check.
     */
    public Uni<Integer> upsert(ReportContentEntity row) {
        return getSession()
                .flatMap(session -> session.createNativeQuery("""
                                insert into report_content (month, issue_date, province, issuer, cases, colophon,
                                                            updated_at, updated_by, row_version)
                                values (?1, ?2, ?3, ?4, cast(cast(?5 as text) as jsonb), cast(cast(?6 as text) as jsonb), ?7, ?8, 0)
                                on conflict (month) do update set
                                    issue_date = excluded.issue_date, province = excluded.province,
                                    issuer = excluded.issuer, cases = excluded.cases, colophon = excluded.colophon,
                                    updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                                    row_version = report_content.row_version + 1""")
                        .setParameter(1, row.month)
                        .setParameter(2, row.issueDate)
                        .setParameter(3, row.province)
                        .setParameter(4, row.issuer)
                        .setParameter(5, row.cases)
                        .setParameter(6, row.colophon)
                        .setParameter(7, row.updatedAt)
                        .setParameter(8, row.updatedBy)
                        .executeUpdate());
    }
}
