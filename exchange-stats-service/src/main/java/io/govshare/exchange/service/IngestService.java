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
     * Checks and stores a batch. The batch is checked against the cached catalog directory while it is read; only
     * when it names an organization the directory does not know is the directory reloaded (at most once per
     * {@code exchange.catalog.min-refresh-interval}) and the batch read and checked again.
     */
    public Uni<IngestResult> ingest(BatchSource source) {
        return this.directory
                .get()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(directory -> check(directory, source))
                .flatMap(checked -> checked.unknownCodes().isEmpty()
                        ? Uni.createFrom().item(checked)
                        : this.directory
                                .knowing(checked.unknownCodes())
                                .emitOn(Infrastructure.getDefaultWorkerPool())
                                .map(directory ->
                                        directory == checked.directory() ? checked : check(directory, source)))
                .flatMap(this::store);
    }

    /** A batch checked against one directory. */
    private record Checked(
            Directory directory,
            List<ExchangeRecord> records,
            List<FieldError> errors,
            Set<String> unknownCodes,
            int received) {}

    private Checked check(Directory directory, BatchSource source) {
        RecordRules rules = new RecordRules(this.config.timeZone(), Instant.now(), this.config.maxRecordAgeMonths());
        List<ExchangeRecord> records = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> unknown = new HashSet<>();
        BatchSource.Read read = source.read(draft -> {
            // copies of a record stay: BatchWriter counts the first and the others as duplicates
            ExchangeRecord record = rules.check(
                    draft,
                    code -> {
                        if (directory.knows(code)) {
                            return true;
                        }
                        unknown.add(code);
                        return false;
                    },
                    errors);
            if (record != null) {
                records.add(record);
            }
        });
        errors.addAll(read.unreadable());
        Log.debugf("checked a batch of %d records: %d errors", read.received(), errors.size());
        return new Checked(directory, records, errors, unknown, read.received());
    }

    private Uni<IngestResult> store(Checked checked) {
        List<FieldError> errors = checked.errors();
        if (!errors.isEmpty()) {
            errors.sort(BY_POSITION);
            long bad = errors.stream()
                    .map(e -> e.line() != null ? e.line() : e.index())
                    .distinct()
                    .count();
            throw new InvalidInputException(
                    bad + " of " + checked.received() + " records are invalid; nothing of the batch was stored",
                    errors);
        }
        int received = checked.received();
        return Uni.createFrom()
                .completionStage(() -> this.writer.submit(checked.records()))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(stored -> new IngestResult(received, stored, received - stored));
    }
}
