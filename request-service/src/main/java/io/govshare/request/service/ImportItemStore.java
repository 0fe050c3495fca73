package io.govshare.request.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.input.Codes;
import io.govshare.request.domain.HistoryReplay;
import io.govshare.request.domain.InvalidHistoryException;
import io.govshare.request.domain.NewShareRequest;
import io.govshare.request.domain.Parties;
import io.govshare.request.domain.RequestMessages;
import io.govshare.request.domain.StatusChange;
import io.govshare.request.persistence.ShareRequestRepository;
import io.govshare.request.persistence.UniqueKeys;

/**
 * Stores one imported item in its own transaction, or explains why not. Its shape (codes included) is checked before
 * the catalog or the database is asked. Idempotent by {@code externalId}: an item stored before with the same content
 * is "unchanged"; with other content it is refused and the stored one is kept.
 */
@ApplicationScoped
public class ImportItemStore {

    static final int MAX_EXTERNAL_ID = 100;
    static final int MAX_EVENTS = 100;
    static final int MAX_TEXT = 2000;

    /** The fate of one item. */
    public record Result(Kind kind, ImportOutcome.ItemError error) {

        /** Stored now, stored before with the same content, or refused. */
        public enum Kind {
            IMPORTED,
            UNCHANGED,
            REFUSED
        }
    }

    private final ShareRequestRepository requests;
    private final RequestWriter writer;
    private final ObjectMapper json;
    private final Clock clock;

    public ImportItemStore(ShareRequestRepository requests, RequestWriter writer, ObjectMapper json, Clock clock) {
        this.requests = requests;
        this.writer = writer;
        this.json = json;
        this.clock = clock;
    }

    public Uni<Result> store(int index, ImportItem item, CatalogFacts.Session catalog) {
        String externalId = item == null ? null : item.externalId();
        try {
            checkShape(item);
        } catch (InvalidHistoryException e) {
            return Uni.createFrom().item(refused(index, externalId, e));
        }
        String hash = hash(item);
        return Panache.withTransaction(() -> this.requests
                        .findByExternalId(externalId)
                        .flatMap(existing -> {
                            if (existing != null) {
                                if (hash.equals(existing.importHash)) {
                                    return Uni.createFrom().item(new Result(Result.Kind.UNCHANGED, null));
                                }
                                throw new InvalidHistoryException("externalId", RequestMessages.OTHER_HISTORY);
                            }
                            return replayAndStore(item, hash, catalog)
                                    .replaceWith(new Result(Result.Kind.IMPORTED, null));
                        }))
                .onFailure(InvalidHistoryException.class)
                .recoverWithItem(e -> refused(index, externalId, (InvalidHistoryException) e))
                .onFailure(e -> UniqueKeys.violated(e, null))
                .recoverWithItem(e -> refused(
                        index,
                        externalId,
                        new InvalidHistoryException("externalId", RequestMessages.IMPORTED_CONCURRENTLY)));
    }

    private Uni<RequestWriter.Written> replayAndStore(ImportItem item, String hash, CatalogFacts.Session catalog) {
        return catalog.resource(item.resourceCode())
                .flatMap(resource -> catalog.organization(item.applicantOrg()).flatMap(applicant -> {
                    ResourceFacts facts = resource.orElseThrow(() -> new InvalidHistoryException(
                            "resourceCode", RequestMessages.NO_RESOURCE, item.resourceCode()));
                    applicant.orElseThrow(() -> new InvalidHistoryException(
                            "applicantOrg", RequestMessages.NO_ORGANIZATION, item.applicantOrg()));
                    if (item.applicantOrg().equals(facts.providerOrg())) {
                        throw new InvalidHistoryException(
                                "applicantOrg", RequestMessages.IMPORTED_OWN_RESOURCE, facts.code());
                    }
                    Parties parties = new Parties(item.applicantOrg(), facts.providerOrg());
                    List<StatusChange> steps = HistoryReplay.replay(
                            item.events(),
                            facts.sharingType(),
                            facts.code(),
                            parties,
                            item.resubmissionOf() != null,
                            this.clock.instant());
                    return new ResubmissionLink(this.requests)
                            .resolve(item, steps.get(0).at())
                            .flatMap(previous -> this.writer.create(
                                    new NewShareRequest(
                                            parties,
                                            facts.code(),
                                            facts.name(),
                                            facts.channel(),
                                            item.purpose(),
                                            item.legalBasis(),
                                            List.of(),
                                            null,
                                            previous,
                                            item.externalId(),
                                            hash),
                                    steps));
                }));
    }

    /** The checks of an item that need neither the catalog nor the database. */
    static void checkShape(ImportItem item) {
        if (item == null) {
            throw new InvalidHistoryException("item", RequestMessages.MISSING);
        }
        requireText("externalId", item.externalId(), MAX_EXTERNAL_ID);
        requireCode("applicantOrg", item.applicantOrg());
        requireCode("resourceCode", item.resourceCode());
        if (item.resubmissionOf() != null) {
            requireText("resubmissionOf", item.resubmissionOf(), MAX_EXTERNAL_ID);
        }
        if (item.purpose() != null && item.purpose().length() > MAX_TEXT) {
            throw new InvalidHistoryException("purpose", CommonMessages.TOO_LONG, MAX_TEXT);
        }
        if (item.legalBasis() != null && item.legalBasis().length() > MAX_TEXT) {
            throw new InvalidHistoryException("legalBasis", CommonMessages.TOO_LONG, MAX_TEXT);
        }
        if (item.events() != null && item.events().size() > MAX_EVENTS) {
            throw new InvalidHistoryException("events", RequestMessages.TOO_MANY_EVENTS, MAX_EVENTS);
        }
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidHistoryException(field, CommonMessages.REQUIRED);
        }
        if (value.length() > max) {
            throw new InvalidHistoryException(field, CommonMessages.TOO_LONG, max);
        }
    }

    /** A code of the catalog: checked here so that a bad one never reaches the catalog (docs/api.md, "Values"). */
    private static void requireCode(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidHistoryException(field, CommonMessages.REQUIRED);
        }
        if (!Codes.isValid(value)) {
            throw new InvalidHistoryException(field, CommonMessages.CODE);
        }
    }

    /** The content of the item, so that a repeated import can tell "the same" from "another history". */
    private String hash(ImportItem item) {
        try {
            byte[] canonical = this.json.writeValueAsString(item).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint an import item", e);
        }
    }

    private static Result refused(int index, String externalId, InvalidHistoryException e) {
        return new Result(Result.Kind.REFUSED, new ImportOutcome.ItemError(index, externalId, e.field(), e.reason()));
    }
}
