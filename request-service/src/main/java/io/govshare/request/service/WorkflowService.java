package io.govshare.request.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.common.error.ConcurrentModificationException;
import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;
import io.govshare.request.domain.Actor;
import io.govshare.request.domain.ActorPolicies;
import io.govshare.request.domain.RequestMessages;
import io.govshare.request.domain.ResponseDeadline;
import io.govshare.request.domain.ShareRequestAction;
import io.govshare.request.domain.StatusChange;
import io.govshare.request.domain.Workflow;
import io.govshare.request.persistence.RequestEventEntity;
import io.govshare.request.persistence.RequestEventRepository;
import io.govshare.request.persistence.ShareRequestRepository;
import io.govshare.request.persistence.UniqueKeys;

/**
 * Moves a request along the workflow: accept, review, sign, reject, withdraw (docs/architecture.md §5). One transaction per action:
 * load, ask the table and the policies, store the new status and its event, flush so that a concurrent action is
 * detected by the version before anything is answered.
 */
@ApplicationScoped
public class WorkflowService {

    private final RequestReader reader;
    private final ShareRequestRepository requests;
    private final RequestEventRepository events;
    private final ResponseDeadline deadline;
    private final Clock clock;

    public WorkflowService(
            RequestReader reader,
            ShareRequestRepository requests,
            RequestEventRepository events,
            ResponseDeadline deadline,
            Clock clock) {
        this.reader = reader;
        this.requests = requests;
        this.events = events;
        this.deadline = deadline;
        this.clock = clock;
    }

    /**
     * Takes the action on the request.
     *
     * @param expectedVersion the version of {@code If-Match}, or {@code null} when the caller sent none
     */
    @WithTransaction
    public Uni<RequestDetails> act(
            Caller caller, UUID id, ShareRequestAction action, String comment, Long expectedVersion) {
        Log.debugf("%s on request %s", action, id);
        return this.reader
                .visible(caller, id)
                .flatMap(request -> {
                    if (expectedVersion != null && !expectedVersion.equals(request.version)) {
                        throw new ConcurrentModificationException(
                                        Text.of(RequestMessages.STALE_VERSION, expectedVersion, request.version))
                                .currentVersion(request.version);
                    }
                    ActorPolicies.authorize(caller, request.parties(), action, request.status);
                    // keep the history in time order even if clocks of two instances disagree slightly
                    Instant now = this.clock.instant();
                    Instant last = request.statusChangedAt.toInstant();
                    StatusChange step = Workflow.move(
                            request.status,
                            action,
                            new Actor(caller.user(), caller.org().orElse(null)),
                            now.isBefore(last) ? last : now,
                            comment);
                    RequestEventEntity event = request.apply(step, this.deadline);
                    // the versioned UPDATE goes first: a concurrent action waits for its row lock and then fails the
                    // version check (409) instead of racing to insert the same event number
                    return this.requests
                            .flush()
                            .flatMap(updated -> this.events.persist(event))
                            .flatMap(inserted -> this.requests.flush())
                            .flatMap(flushed -> this.reader.details(caller, request));
                })
                // the other action stored the same step number first (the optimistic lock of the version is the common
                // case)
                .onFailure(e -> UniqueKeys.violated(e, UniqueKeys.EVENT_SEQUENCE))
                .transform(e -> new ConcurrentModificationException(Text.of(RequestMessages.STORED_FIRST)));
    }
}
