package io.govshare.exchange.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import io.govshare.exchange.config.ExchangeConfig;
import io.govshare.exchange.domain.BatchTally;
import io.govshare.exchange.domain.Directory;
import io.govshare.exchange.domain.ExchangeRecord;
import io.govshare.exchange.domain.RecordRules;
import io.govshare.exchange.ingest.BatchReader;
import io.govshare.exchange.ingest.BatchSource;
import io.govshare.exchange.persistence.BatchWriter;

/**
 * Ingestion of a batch: every record is checked (organizations against the catalog) in the one pass that reads it, a
 * batch with any bad record is refused whole with its first errors, and a good one is stored exactly once by
 * {@link BatchWriter}. The records newly stored are counted in {@code govshare.exchange.records.ingested}
 * (k8s/README.md, "Metrics the services expose").
 */
@ApplicationScoped
public class IngestService {

    private final OrganizationDirectory directory;
    private final BatchWriter writer;
    private final ExchangeConfig config;
    private final Counter ingested;

    public IngestService(
            OrganizationDirectory directory, BatchWriter writer, ExchangeConfig config, MeterRegistry registry) {
        this.directory = directory;
        this.writer = writer;
        this.config = config;
        this.ingested = Counter.builder("govshare.exchange.records.ingested")
                .description("Exchange records stored from accepted batches (duplicates not counted)")
                .register(registry);
    }

    /**
     * Checks and stores a posted body of the given media type (JSON, NDJSON or CSV). {@code recordsRead} is told how
     * many records each reading of the batch went through, whatever its outcome (the ingestion door's rate limit).
     */
    public Uni<IngestResult> ingest(String mediaType, byte[] body, IntConsumer recordsRead) {
        return ingest(BatchReader.source(mediaType, body), recordsRead);
    }

    /**
     * Checks and stores a batch. The batch is checked against the cached catalog directory while it is read; only
     * when it names an organization the directory does not know is the directory reloaded (at most once per
     * {@code exchange.catalog.min-refresh-interval}) and the batch read and checked again.
     */
    Uni<IngestResult> ingest(BatchSource source, IntConsumer recordsRead) {
        return this.directory
                .get()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(directory -> check(directory, source, recordsRead))
                .flatMap(checked -> checked.unknownCodes().isEmpty()
                        ? Uni.createFrom().item(checked)
                        : this.directory
                                .knowing(checked.unknownCodes())
                                .emitOn(Infrastructure.getDefaultWorkerPool())
                                .map(directory -> directory == checked.directory()
                                        ? checked
                                        : check(directory, source, recordsRead)))
                .flatMap(this::store);
    }

    /** A batch checked against one directory. */
    private record Checked(
            Directory directory, List<ExchangeRecord> records, BatchTally tally, Set<String> unknownCodes) {}

    private Checked check(Directory directory, BatchSource source, IntConsumer recordsRead) {
        RecordRules rules = new RecordRules(
                this.config.timeZone(), Instant.now(), this.config.maxClockSkew(), this.config.maxRecordAgeMonths());
        List<ExchangeRecord> records = new ArrayList<>();
        BatchTally tally = new BatchTally(this.config.maxBatchRecords());
        try {
            source.read(
                    draft -> {
                        // copies of a record stay: BatchWriter counts the first and the others as duplicates
                        ExchangeRecord record = rules.check(draft, directory::knows, tally);
                        if (record != null) {
                            records.add(record);
                        }
                    },
                    tally);
        } finally {
            recordsRead.accept(tally.received());
        }
        Log.debugf(
                "checked a batch of %d records: %s",
                (Object) tally.received(), tally.hasErrors() ? "refused" : "valid");
        return new Checked(directory, records, tally, rules.unknownOrganizations());
    }

    private Uni<IngestResult> store(Checked checked) {
        if (checked.tally().hasErrors()) {
            throw checked.tally().refusal();
        }
        int received = checked.tally().received();
        return Uni.createFrom()
                .completionStage(() -> this.writer.submit(checked.records()))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(stored -> {
                    this.ingested.increment(stored);
                    return new IngestResult(received, stored, received - stored);
                });
    }
}
