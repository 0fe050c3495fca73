package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;

import io.govshare.common.error.Text;
import io.govshare.common.error.UpstreamUnavailableException;
import io.govshare.exchange.domain.ExchangeMessages;
import io.govshare.exchange.domain.ExchangeRecord;

/**
 * Creates the monthly partitions of {@code record_id} and {@code record_block} before a batch needs them, in a
 * transaction of their own (creating a partition locks the parent table briefly, so it must not happen inside a batch).
 * Creation is serialized by an advisory lock, and each service instance remembers the months it has seen.
 */
@ApplicationScoped
public class RecordPartitions {

    private static final long LOCK_KEY = 0x7265636f72645f69L; // "record_i"

    /** The tables partitioned by month: whole ids and numbered ids in blocks (README "Storage"). */
    private static final List<String> TABLES = List.of("record_id", "record_block");

    private final AgroalDataSource dataSource;
    private final Set<Integer> known = ConcurrentHashMap.newKeySet();

    public RecordPartitions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Makes sure a partition exists for the month of each record. */
    public void ensure(List<ExchangeRecord> records) {
        Set<Integer> missing = new TreeSet<>();
        for (ExchangeRecord r : records) {
            if (!this.known.contains(r.month())) {
                missing.add(r.month());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (Connection connection = this.dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
            for (int month : missing) {
                LocalDate first = LocalDate.ofEpochDay(month);
                for (String table : TABLES) {
                    String name = "%s_%04d_%02d".formatted(table, first.getYear(), first.getMonthValue());
                    statement.execute("create table if not exists %s partition of %s for values from ('%s') to ('%s')"
                            .formatted(name, table, first, first.plusMonths(1)));
                    Log.debugf("partition %s ready", name);
                }
            }
            connection.commit();
            this.known.addAll(missing);
        } catch (SQLException e) {
            Log.errorf(e, "creating the partitions of a batch failed");
            throw UpstreamUnavailableException.of("database", Text.of(ExchangeMessages.PREPARE_FAILED));
        }
    }
}
