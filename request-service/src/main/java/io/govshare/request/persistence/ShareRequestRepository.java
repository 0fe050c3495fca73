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

    /**
     * Requests matching all filters, in the order asked for: one query for a page and one to count, whatever the
     * filters (the inbox is a filter on the provider and the status, not a check per request).
     */
    public PanacheQuery<ShareRequestEntity> search(RequestSearch search) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!search.statuses().isEmpty()) {
            where.add("status in :statuses");
            params.and("statuses", search.statuses());
        }
        if (search.inbox() != null) {
            if (search.inbox().providerOrg() != null) {
                where.add("providerOrg = :inboxProvider");
                params.and("inboxProvider", search.inbox().providerOrg());
            }
            where.add("status in :inboxStatuses");
            params.and("inboxStatuses", search.inbox().statuses());
        }
        if (search.dueBy() != null) {
            // still waiting for the provider's first response (accept, or reject at ACCEPT): SUBMITTED
            where.add("status = :waiting and deadline <= :dueBy");
            params.and("waiting", ShareRequestStatus.SUBMITTED).and("dueBy", search.dueBy());
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
        Sort sort = search.order().sort();
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
