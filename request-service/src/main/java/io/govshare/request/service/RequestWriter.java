package io.govshare.request.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import io.govshare.request.domain.NewShareRequest;
import io.govshare.request.domain.ResponseDeadline;
import io.govshare.request.domain.StatusChange;
import io.govshare.request.persistence.RequestEventEntity;
import io.govshare.request.persistence.RequestEventRepository;
import io.govshare.request.persistence.ShareRequestEntity;
import io.govshare.request.persistence.ShareRequestRepository;

/**
 * Stores a new request and its first steps in one transaction: all of it, or nothing. It answers what it wrote, so
 * that nobody reads it back (issue 11, item 7: a submission is its inserts and nothing else).
 */
@ApplicationScoped
public class RequestWriter {

    private final ShareRequestRepository requests;
    private final RequestEventRepository events;
    private final ResponseDeadline deadline;

    public RequestWriter(ShareRequestRepository requests, RequestEventRepository events, ResponseDeadline deadline) {
        this.requests = requests;
        this.events = events;
        this.deadline = deadline;
    }

    /** What was stored: the request (with its version) and its history, in order. */
    public record Written(ShareRequestEntity request, List<RequestEventEntity> history) {}

    /** Persists the request and every step of {@code steps} (the first one starts it) as its history. */
    @WithTransaction
    public Uni<Written> create(NewShareRequest data, List<StatusChange> steps) {
        StatusChange first = steps.get(0);
        ShareRequestEntity request =
                ShareRequestEntity.create(data, first.at(), first.actor().user(), this.deadline);
        List<RequestEventEntity> history = new ArrayList<>();
        for (StatusChange step : steps) {
            history.add(request.apply(step, this.deadline));
        }
        return this.requests
                .persist(request)
                .flatMap(stored -> this.events.persist(history))
                .flatMap(done -> this.requests.flush())
                .replaceWith(() -> new Written(request, List.copyOf(history)));
    }
}
