package io.govshare.exchange.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import io.govshare.exchange.config.ExchangeConfig;
import io.govshare.exchange.domain.Directory;
import io.govshare.exchange.domain.ExchangeRecord;
import io.govshare.exchange.domain.FieldError;
import io.govshare.exchange.domain.InvalidInputException;
import io.govshare.exchange.domain.RecordDraft;
import io.govshare.exchange.domain.RecordRules;
import io.govshare.exchange.persistence.BatchWriter;

/**
 * Ingestion of a batch: every record is checked (organizations against the catalog), a batch with any bad record is
 * refused whole with every error, and a good one is stored exactly once by {@link BatchWriter}.
 */
@ApplicationScoped
public class IngestService {

    private static final Comparator<FieldError> BY_POSITION =
            Comparator.comparingInt(e -> e.line() != null ? e.line() : e.index() != null ? e.index() : -1);

    private final OrganizationDirectory directory;
    private final BatchWriter writer;
    private final ExchangeConfig config;

    public IngestService(OrganizationDirectory directory, BatchWriter writer, ExchangeConfig config) {
        this.directory = directory;
        this.writer = writer;
        this.config = config;
    }

    /**
     * Checks and stores a batch read from a body.
     *
     * @param drafts the records that could be read
     * @param unreadable errors of lines or elements that could not be read at all
     * @param received how many records the body held
     */
    public Uni<IngestResult> ingest(List<RecordDraft> drafts, List<FieldError> unreadable, int received) {
        Log.debugf("ingest a batch of %d records", received);
        Set<String> codes = new HashSet<>();
        for (RecordDraft draft : drafts) {
            addCode(codes, draft.providerOrg());
            addCode(codes, draft.consumerOrg());
        }
        return this.directory
                .knowing(codes)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(directory -> check(directory, drafts, unreadable, received))
                .flatMap(records -> Uni.createFrom().completionStage(() -> this.writer.submit(records)))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(stored -> new IngestResult(received, stored, received - stored));
    }

    /** The records of the batch, or {@link InvalidInputException} naming every bad record. */
    private List<ExchangeRecord> check(
            Directory directory, List<RecordDraft> drafts, List<FieldError> unreadable, int received) {
        List<FieldError> errors = new ArrayList<>(unreadable);
        RecordRules rules = new RecordRules(this.config.timeZone(), Instant.now(), this.config.maxRecordAgeMonths());
        // copies of a record in the batch stay: BatchWriter counts the first and the others as duplicates
        List<ExchangeRecord> records = new ArrayList<>(drafts.size());
        for (RecordDraft draft : drafts) {
            ExchangeRecord record = rules.check(draft, directory::knows, errors);
            if (record != null) {
                records.add(record);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(BY_POSITION);
            long bad = errors.stream()
                    .map(e -> e.line() != null ? e.line() : e.index())
                    .distinct()
                    .count();
            throw new InvalidInputException(
                    bad + " of " + received + " records are invalid; nothing of the batch was stored", errors);
        }
        return records;
    }

    private static void addCode(Set<String> codes, String code) {
        if (code != null && !code.isEmpty()) {
            codes.add(code);
        }
    }
}
