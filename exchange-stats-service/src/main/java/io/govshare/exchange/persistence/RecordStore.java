package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import org.postgresql.jdbc.PgConnection;

import io.govshare.common.error.Text;
import io.govshare.common.error.UpstreamUnavailableException;
import io.govshare.exchange.domain.BatchAggregates;
import io.govshare.exchange.domain.ExchangeMessages;
import io.govshare.exchange.domain.ExchangeRecord;

/**
 * Stores a batch exactly once (README "Storage"): in one transaction, the ids of its records go into
 * {@code record_id}, whose primary key admits each (month, id) once, and only the records whose id was new are added
 * to the aggregates. The transaction commits before the service answers, so an answered batch is stored and an
 * unanswered one can be posted again.
 */
@ApplicationScoped
public class RecordStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DEADLOCK = "40P01";
    private static final String SERIALIZATION = "40001";
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
        boolean expectDuplicates = false;
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = this.dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    List<ExchangeRecord> fresh;
                    long started = System.nanoTime();
                    if (expectDuplicates) {
                        fresh = insertNew(connection, records);
                    } else {
                        copyAll(connection, records);
                        fresh = records;
                    }
                    long idsStored = System.nanoTime();
                    BatchAggregates sums = BatchAggregates.of(fresh);
                    long summed = System.nanoTime();
                    this.aggregates.add(connection, sums);
                    long appended = System.nanoTime();
                    connection.commit();
                    Log.debugf(
                            "batch of %d records, %d new: ids %d ms, sums %d ms, %d daily rows appended %d ms, commit %d ms",
                            records.size(),
                            fresh.size(),
                            (idsStored - started) / 1_000_000,
                            (summed - idsStored) / 1_000_000,
                            sums.daily().size(),
                            (appended - summed) / 1_000_000,
                            (System.nanoTime() - appended) / 1_000_000);
                    return fresh;
                } catch (SQLException e) {
                    rollbackQuietly(connection);
                    if (UNIQUE_VIOLATION.equals(e.getSQLState()) && !expectDuplicates) {
                        // Some ids are stored already (a re-post, or a copy of this batch committed meanwhile):
                        // take the path that skips them. Nothing of this attempt was kept.
                        expectDuplicates = true;
                        attempt--;
                        continue;
                    }
                    if ((DEADLOCK.equals(e.getSQLState()) || SERIALIZATION.equals(e.getSQLState()))
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

    /** The fast path: COPY every id; a single id stored already fails the COPY with a unique violation. */
    private static void copyAll(Connection connection, List<ExchangeRecord> records) throws SQLException {
        BinaryCopy ids = new BinaryCopy(records.size() * 40);
        for (ExchangeRecord r : records) {
            ids.row(2).date(r.month()).text(r.id());
        }
        ids.into(connection, "record_id (month, id)");
    }

    /** The path for batches with stored ids: insert what is new, skipping (or waiting for) the rest. */
    private static List<ExchangeRecord> insertNew(Connection connection, List<ExchangeRecord> records)
            throws SQLException {
        int[] months = new int[records.size()];
        String[] ids = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            months[i] = records.get(i).month();
            ids[i] = records.get(i).id();
        }
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into record_id (month, id)
                select date '1970-01-01' + u.month, u.id from unnest(?::int[], ?::varchar[]) as u(month, id)
                on conflict do nothing
                returning month - date '1970-01-01', id""")) {
            PgConnection pg = connection.unwrap(PgConnection.class);
            insert.setArray(1, pg.createArrayOf("int4", (Object) months));
            insert.setArray(2, pg.createArrayOf("varchar", (Object) ids));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getInt(1) + "|" + rs.getString(2));
                }
            }
        }
        List<ExchangeRecord> fresh = new ArrayList<>(inserted.size());
        for (ExchangeRecord r : records) {
            if (inserted.contains(r.month() + "|" + r.id())) {
                fresh.add(r);
            }
        }
        return fresh;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            Log.debugf("rollback failed: %s", e.getMessage());
        }
    }
}
