package io.govshare.request.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.govshare.common.error.NotFoundException;
import io.govshare.common.identity.Caller;
import io.govshare.request.domain.ActorPolicies;
import io.govshare.request.domain.RequestMessages;
import io.govshare.request.domain.ResponseDeadline;
import io.govshare.request.persistence.RequestEventEntity;
import io.govshare.request.persistence.RequestEventRepository;
import io.govshare.request.persistence.ShareRequestEntity;
import io.govshare.request.persistence.ShareRequestRepository;

/**
 * Loads a request the way every use case needs it: missing and foreign requests alike are "not found", so that a
 * department cannot learn that another department's request exists (docs/security.md, "Object-level rules"). Runs inside the caller's session.
 */
@ApplicationScoped
public class RequestReader {

    private final ShareRequestRepository requests;
    private final RequestEventRepository events;
    private final Clock clock;

    public RequestReader(ShareRequestRepository requests, RequestEventRepository events, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /** The request if it exists and the caller is one of its parties or the platform admin. */
    public Uni<ShareRequestEntity> visible(Caller caller, UUID id) {
        return this.requests.findById(id).map(request -> {
            if (request == null || !request.parties().visibleTo(caller)) {
                throw new NotFoundException(RequestMessages.SHARE_REQUEST, id.toString());
            }
            return request;
        });
    }

    /** The request with its history read from the database, the caller's available actions and its overdue flag. */
    public Uni<RequestDetails> details(Caller caller, ShareRequestEntity request) {
        return this.events.historyOf(request.id).map(history -> details(caller, request, history));
    }

    /** The request with the history the caller has at hand (just written), its available actions and overdue flag. */
    public RequestDetails details(Caller caller, ShareRequestEntity request, List<RequestEventEntity> history) {
        return new RequestDetails(
                request,
                history,
                ActorPolicies.availableTo(caller, request.parties(), request.status),
                overdue(request));
    }

    public boolean overdue(ShareRequestEntity request) {
        return ResponseDeadline.isOverdue(
                request.status,
                request.deadline.toInstant(),
                request.respondedAt == null ? null : request.respondedAt.toInstant(),
                request.statusChangedAt.toInstant(),
                this.clock.instant());
    }

    /** Each request of a list page with the caller's available actions and its overdue flag, without history. */
    public List<RequestDetails> summaries(Caller caller, List<ShareRequestEntity> page) {
        return page.stream().map(request -> details(caller, request, List.of())).toList();
    }
}
