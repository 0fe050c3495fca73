package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;

import io.govshare.common.error.Text;
import io.govshare.common.error.UpstreamUnavailableException;
import io.govshare.exchange.domain.BatchAggregates;
import io.govshare.exchange.domain.ExchangeMessages;
import io.govshare.exchange.domain.ExchangeRecord;

/**
 * Stores a batch exactly once (README "Storage"): in one transaction, the ids of its records go into
 * {@code record_id} or, numbered, into {@code record_block} ({@link StoredIds}), whose primary keys admit each id of a
 * month once, and only the records whose id was new are added to the aggregates. The transaction commits before the
 * service answers, so an answered batch is stored and an unanswered one can be posted again.
 */
@ApplicationScoped
public class RecordStore {

    private static final String DEADLOCK = "40P01";
    private static final int ATTEMPTS = 5;

    private final AgroalDataSource dataSource;
    private final RecordPartitions partitions;
    private final AggregateWriter aggregates;

    public RecordStore(AgroalDataSource dataSource, RecordPartitions partitions, AggregateWriter aggregates) {
        this.dataSource = dataSource;
        this.partitions = partitions;
        this.aggregates = aggregates;
    }

    /**
     * Stores the records (distinct by month and id, sorted by month and id) and returns those that were new. Blocks:
     * {@link BatchWriter} calls it on its own thread.
     */
    public List<ExchangeRecord> store(List<ExchangeRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        this.partitions.ensure(records);
        StoredIds ids = StoredIds.of(records);
        boolean expectDuplicates = false;
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = this.dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    List<ExchangeRecord> fresh;
                    BatchAggregates sums;
                    long idsNanos;
                    long aggregatesNanos;
                    long started = System.nanoTime();
                    if (expectDuplicates) {
                        // the ids first: only the new ones are summed
                        fresh = ids.insertNew(connection);
                        long idsStored = System.nanoTime();
                        sums = BatchAggregates.of(fresh);
                        this.aggregates.add(connection, sums);
                        idsNanos = idsStored - started;
                        aggregatesNanos = System.nanoTime() - idsStored;
                    } else {
                        // the ids last: the rows of blocks that a batch posted next to this one shares are locked
                        // only from here to the commit
                        fresh = records;
                        sums = BatchAggregates.of(fresh);
                        this.aggregates.add(connection, sums);
                        long appended = System.nanoTime();
                        ids.insertAll(connection);
                        aggregatesNanos = appended - started;
                        idsNanos = System.nanoTime() - appended;
                    }
                    long committing = System.nanoTime();
                    connection.commit();
                    Log.debugf(
                            "batch of %d records, %d new: ids (%d blocks) %d ms, %d month rows of pairs summed and appended %d ms, commit %d ms",
                            records.size(),
                            fresh.size(),
                            ids.blockRows(),
                            idsNanos / 1_000_000,
                            sums.pairMonths().size(),
                            aggregatesNanos / 1_000_000,
                            (System.nanoTime() - committing) / 1_000_000);
                    return fresh;
                } catch (SQLException e) {
                    rollbackQuietly(connection);
                    if (StoredIds.UNIQUE_VIOLATION.equals(e.getSQLState()) && !expectDuplicates) {
                        // Some ids are stored already (a re-post, or a copy of this batch committed meanwhile):
                        // take the path that skips them. Nothing of this attempt was kept.
                        expectDuplicates = true;
                        attempt--;
                        continue;
                    }
                    if ((DEADLOCK.equals(e.getSQLState()) || StoredIds.SERIALIZATION.equals(e.getSQLState()))
                            && attempt < ATTEMPTS) {
                        Log.debugf("batch rolled back (%s), attempt %d", e.getSQLState(), attempt);
                        continue;
                    }
                    throw e;
                }
            } catch (SQLException e) {
                Log.errorf(e, "a batch of %d records failed in the database", records.size());
                throw UpstreamUnavailableException.of("database", Text.of(ExchangeMessages.STORE_FAILED));
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            Log.debugf("rollback failed: %s", e.getMessage());
        }
    }
}
