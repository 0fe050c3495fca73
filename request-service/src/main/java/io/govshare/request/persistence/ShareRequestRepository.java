package io.govshare.request.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import io.govshare.request.domain.ShareRequestStatus;

/** Share requests by id, by external id, by the request they resubmit, and the filtered list of the API. */
@ApplicationScoped
public class ShareRequestRepository implements PanacheRepositoryBase<ShareRequestEntity, UUID> {

    /**
     * The overdue rule of {@code ResponseDeadline.isOverdue} in HQL: a late first response; or none yet while the
     * request waits past the deadline, or was withdrawn after it.
     */
    static final String OVERDUE = "((respondedAt is not null and respondedAt > deadline)"
            + " or (respondedAt is null and status = :submitted and deadline < :now)"
            + " or (respondedAt is null and status = :withdrawn and statusChangedAt > deadline))";

    public Uni<ShareRequestEntity> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResult();
    }

    public Uni<ShareRequestEntity> findResubmissionOf(UUID id) {
        return find("resubmissionOf", id).firstResult();
    }

    /** Requests matching all filters, newest submission first. */
    public PanacheQuery<ShareRequestEntity> search(RequestSearch search) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (search.status() != null) {
            where.add("status = :status");
            params.and("status", search.status());
        }
        if (search.applicantOrg() != null) {
            where.add("applicantOrg = :applicant");
            params.and("applicant", search.applicantOrg());
        }
        if (search.providerOrg() != null) {
            where.add("providerOrg = :provider");
            params.and("provider", search.providerOrg());
        }
        if (search.submittedFrom() != null) {
            where.add("submittedAt >= :from and submittedAt < :before");
            params.and("from", search.submittedFrom()).and("before", search.submittedBefore());
        }
        if (search.overdue() != null) {
            where.add(search.overdue() ? OVERDUE : "not " + OVERDUE);
            params.and("submitted", ShareRequestStatus.SUBMITTED)
                    .and("withdrawn", ShareRequestStatus.WITHDRAWN)
                    .and("now", search.now());
        }
        if (search.visibleToOrg() != null) {
            where.add("(applicantOrg = :party or providerOrg = :party)");
            params.and("party", search.visibleToOrg());
        }
        Sort sort = Sort.descending("submittedAt").and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
