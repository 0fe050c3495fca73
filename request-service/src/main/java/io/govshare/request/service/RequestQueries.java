package io.govshare.request.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

import io.govshare.common.error.NotPermittedException;
import io.govshare.common.identity.Caller;
import io.govshare.request.config.RequestConfig;
import io.govshare.request.domain.RequestMessages;
import io.govshare.request.domain.ShareRequestStatus;
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

    /** The platform admin sees every request; a department those where it is applicant or provider. */
    @WithSession
    public Uni<PageResult<RequestDetails>> list(
            Caller caller,
            ShareRequestStatus status,
            String applicantOrg,
            String providerOrg,
            YearMonth month,
            Boolean overdue,
            int page,
            int size) {
        String visibleTo = null;
        if (!caller.isAdmin()) {
            visibleTo = caller.org().orElseThrow(() -> new NotPermittedException(RequestMessages.NO_ORG_CLAIM_LIST));
        }
        OffsetDateTime from = month == null ? null : start(month);
        OffsetDateTime before = month == null ? null : start(month.plusMonths(1));
        RequestSearch search = new RequestSearch(
                status,
                applicantOrg,
                providerOrg,
                from,
                before,
                overdue,
                visibleTo,
                this.clock.instant().atOffset(ZoneOffset.UTC));
        var query = this.requests.search(search).page(Page.of(page, size));
        return query.list()
                .flatMap(items ->
                        query.count().map(total -> new PageResult<>(this.reader.summaries(items), page, size, total)));
    }

    private OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(this.zone).toOffsetDateTime();
    }
}
