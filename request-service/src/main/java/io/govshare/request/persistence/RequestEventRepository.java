package io.govshare.request.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The history of requests, in the order it happened. */
@ApplicationScoped
public class RequestEventRepository implements PanacheRepositoryBase<RequestEventEntity, Long> {

    public Uni<List<RequestEventEntity>> historyOf(UUID requestId) {
        return list("requestId", Sort.by("seq"), requestId);
    }
}
