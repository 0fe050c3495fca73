package io.govshare.request.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.common.error.ConflictException;
import io.govshare.common.error.FieldError;
import io.govshare.common.error.InvalidInputException;
import io.govshare.common.error.NotPermittedException;
import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;
import io.govshare.request.domain.Actor;
import io.govshare.request.domain.ActorPolicies;
import io.govshare.request.domain.NewShareRequest;
import io.govshare.request.domain.Parties;
import io.govshare.request.domain.RequestMessages;
import io.govshare.request.domain.ShareRequestAction;
import io.govshare.request.domain.StatusChange;
import io.govshare.request.domain.Workflow;
import io.govshare.request.persistence.ShareRequestEntity;
import io.govshare.request.persistence.ShareRequestRepository;

/**
 * Submission and resubmission: the catalog names the provider, the sharing type and the channel, and nothing is
 * stored unless it answered (docs/architecture.md, "Share requests"). The catalog is asked outside any database transaction.
 */
@ApplicationScoped
public class SubmissionService {

    private final CatalogFacts catalog;
    private final RequestWriter writer;
    private final RequestReader reader;
    private final ShareRequestRepository requests;
    private final Clock clock;

    public SubmissionService(
            CatalogFacts catalog,
            RequestWriter writer,
            RequestReader reader,
            ShareRequestRepository requests,
            Clock clock) {
        this.catalog = catalog;
        this.writer = writer;
        this.reader = reader;
        this.requests = requests;
        this.clock = clock;
    }

    /** A new request of the caller's organization; AUTO_APPROVED at once for an unconditional resource. */
    public Uni<RequestDetails> submit(Caller caller, Submission submission) {
        String applicant =
                caller.org().orElseThrow(() -> new NotPermittedException(RequestMessages.NO_ORG_CLAIM_SUBMIT));
        Log.debugf("submit %s for %s", submission.resourceCode(), applicant);
        return facts(submission.resourceCode()).flatMap(facts -> {
            Parties parties = parties(applicant, facts);
            ActorPolicies.check(caller, parties, ShareRequestAction.SUBMIT, null);
            checkItems(submission.items(), facts);
            List<StatusChange> steps = Workflow.start(
                    ShareRequestAction.SUBMIT,
                    facts.sharingType(),
                    facts.code(),
                    new Actor(caller.user(), applicant),
                    this.clock.instant(),
                    null);
            return this.writer
                    .create(newRequest(parties, facts, submission, null), steps)
                    .map(written -> this.reader.details(caller, written.request(), written.history()));
        });
    }

    /** A new request in SUBMITTED that takes up a REJECTED or WITHDRAWN one, which keeps its status. */
    public Uni<RequestDetails> resubmit(Caller caller, UUID previousId, String comment) {
        Log.debugf("resubmit %s", previousId);
        return previous(caller, previousId)
                .flatMap(previous -> facts(previous.resourceCode)
                        .flatMap(facts -> {
                            Parties parties = parties(previous.applicantOrg, facts);
                            List<StatusChange> steps = Workflow.resubmit(
                                    previous.status,
                                    facts.sharingType(),
                                    facts.code(),
                                    new Actor(caller.user(), caller.org().orElse(null)),
                                    this.clock.instant(),
                                    comment == null || comment.isBlank() ? null : comment.strip());
                            Submission again = new Submission(
                                    previous.resourceCode,
                                    previous.purpose,
                                    previous.legalBasis,
                                    List.of(previous.items),
                                    previous.validUntil);
                            return this.writer.create(newRequest(parties, facts, again, previous.id), steps);
                        })
                        .map(written -> this.reader.details(caller, written.request(), written.history())));
    }

    /** The request to resubmit, checked: visible, in a state that allows it, the caller's, not taken up yet. */
    private Uni<ShareRequestEntity> previous(Caller caller, UUID id) {
        return Panache.withSession(() -> this.reader.visible(caller, id).flatMap(previous -> {
            ActorPolicies.authorize(caller, previous.parties(), ShareRequestAction.RESUBMIT, previous.status);
            return this.requests.findResubmissionOf(previous.id).map(existing -> {
                if (existing != null) {
                    throw new ConflictException(null, Text.of(RequestMessages.RESUBMITTED_ALREADY, existing.id));
                }
                return previous;
            });
        }));
    }

    private Uni<ResourceFacts> facts(String resourceCode) {
        return this.catalog
                .resource(resourceCode)
                .map(found -> found.orElseThrow(
                        () -> new InvalidInputException("resourceCode", RequestMessages.NO_RESOURCE, resourceCode)));
    }

    private static Parties parties(String applicant, ResourceFacts facts) {
        if (applicant.equals(facts.providerOrg())) {
            throw new InvalidInputException("resourceCode", RequestMessages.OWN_RESOURCE);
        }
        return new Parties(applicant, facts.providerOrg());
    }

    private static void checkItems(List<String> items, ResourceFacts facts) {
        if (items == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!facts.itemNames().contains(items.get(i))) {
                errors.add(FieldError.of("items[" + i + "]", RequestMessages.NOT_AN_ITEM, facts.code()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static NewShareRequest newRequest(
            Parties parties, ResourceFacts facts, Submission submission, UUID resubmissionOf) {
        return new NewShareRequest(
                parties,
                facts.code(),
                facts.name(),
                facts.channel(),
                submission.purpose(),
                submission.legalBasis(),
                submission.items(),
                submission.validUntil(),
                resubmissionOf,
                null,
                null);
    }
}
