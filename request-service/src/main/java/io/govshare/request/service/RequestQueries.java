package io.govshare.request.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

import io.govshare.common.error.NotPermittedException;
import io.govshare.common.identity.Caller;
import io.govshare.request.config.RequestConfig;
import io.govshare.request.domain.ActorPolicies;
import io.govshare.request.domain.RequestMessages;
import io.govshare.request.persistence.RequestSearch;
import io.govshare.request.persistence.ShareRequestRepository;

/** Reading requests: one with its history, or a filtered page of those the caller may see. */
@ApplicationScoped
public class RequestQueries {

    private final RequestReader reader;
    private final ShareRequestRepository requests;
    private final ZoneId zone;
    private final Clock clock;

    public RequestQueries(RequestReader reader, ShareRequestRepository requests, RequestConfig config, Clock clock) {
        this.reader = reader;
        this.requests = requests;
        this.zone = config.timeZone();
        this.clock = clock;
    }

    @WithSession
    public Uni<RequestDetails> get(Caller caller, UUID id) {
        return this.reader.visible(caller, id).flatMap(request -> this.reader.details(caller, request));
    }

    /**
     * A page of the requests the caller may see and asks for: the platform admin sees every request, a department
     * those where it is applicant or provider. One query for the page and one to count; the inbox and the available
     * actions of each item come from the policies, not from further queries.
     */
    @WithSession
    public Uni<PageResult<RequestDetails>> list(Caller caller, RequestFilter filter, int page, int size) {
        String visibleTo = null;
        if (!caller.isAdmin()) {
            visibleTo = caller.org().orElseThrow(() -> new NotPermittedException(RequestMessages.NO_ORG_CLAIM_LIST));
        }
        ActorPolicies.Inbox inbox = filter.actionable() ? ActorPolicies.inbox(caller) : null;
        if (inbox != null && inbox.isEmpty()) {
            return Uni.createFrom().item(new PageResult<>(List.of(), page, size, 0));
        }
        Instant now = this.clock.instant();
        OffsetDateTime from = filter.month() == null ? null : start(filter.month());
        OffsetDateTime before =
                filter.month() == null ? null : start(filter.month().plusMonths(1));
        OffsetDateTime dueBy = filter.dueWithinDays() == null
                ? null
                : now.plus(Duration.ofDays(filter.dueWithinDays())).atOffset(ZoneOffset.UTC);
        RequestSearch search = new RequestSearch(
                filter.statuses(),
                filter.applicantOrg(),
                filter.providerOrg(),
                from,
                before,
                filter.overdue(),
                inbox,
                dueBy,
                visibleTo,
                now.atOffset(ZoneOffset.UTC),
                filter.order());
        var query = this.requests.search(search).page(Page.of(page, size));
        return query.list()
                .flatMap(items -> query.count()
                        .map(total -> new PageResult<>(this.reader.summaries(caller, items), page, size, total)));
    }

    private OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(this.zone).toOffsetDateTime();
    }
}
