package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import io.govshare.exchange.config.ExchangeConfig;

/**
 * Merges the aggregate rows that batches append (README "Storage"). Batches append their sums and mark the days they
 * touched in {@code aggregate_dirty}; every {@code exchange.compaction.interval} this compactor takes the marked
 * months one by one and, in one transaction per month, deletes the month's marks and replaces the rows of each key
 * that has more than one (per marked day in the daily tables, for the month in {@code org_monthly}) by one row with their
 * sum. Sums never change: a batch's rows and its marks commit together, so every row whose mark the compactor deleted
 * is visible to the statements that follow, and rows committed later keep their marks for the next pass. A
 * transaction-level advisory lock lets one replica compact at a time; the others skip the pass.
 */
@ApplicationScoped
public class AggregateCompactor {

    /** The advisory lock of compaction: "exch" "comp" in ASCII. */
    static final long LOCK = 0x6578_6368_636f_6d70L;

    private static final String DAILY =
            mergeSql("exchange_daily", "day", "provider_org", "consumer_org", "resource_code");
    private static final String ORG_DAILY = mergeSql("org_daily", "day", "org_code", "side");
    private static final String ORG_MONTHLY = mergeSql("org_monthly", "month", "side", "org_code");

    private final AgroalDataSource dataSource;
    private final Duration interval;
    private final Timer timer;
    private ScheduledExecutorService executor;

    public AggregateCompactor(AgroalDataSource dataSource, ExchangeConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.interval = config.compaction().interval();
        this.timer = Timer.builder("govshare.exchange.compaction")
                .description("Time spent merging appended aggregate rows, per month compacted")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (this.interval.isZero() || this.interval.isNegative()) {
            Log.info("aggregate compaction is off (exchange.compaction.interval=0)");
            return;
        }
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "exchange-compactor");
            thread.setDaemon(true);
            return thread;
        });
        long millis = this.interval.toMillis();
        this.executor.scheduleWithFixedDelay(this::passQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (this.executor != null) {
            this.executor.shutdownNow();
        }
    }

    private void passQuietly() {
        try {
            pass();
        } catch (SQLException | RuntimeException e) {
            // nothing is lost: the marks of a month whose transaction failed stay for the next pass
            Log.warnf("aggregate compaction failed, retried in %s: %s", this.interval, e.getMessage());
        }
    }

    /**
     * Compacts every marked month now (the scheduled pass calls this too).
     *
     * @return the number of marked days that were compacted
     */
    public int pass() throws SQLException {
        List<LocalDate> months = new ArrayList<>();
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select distinct date_trunc('month', day)::date from aggregate_dirty order by 1");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                months.add(rs.getObject(1, LocalDate.class));
            }
        }
        int days = 0;
        for (LocalDate month : months) {
            days += compactMonth(month);
        }
        return days;
    }

    private int compactMonth(LocalDate month) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = this.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                TreeSet<LocalDate> days = new TreeSet<>();
                try (PreparedStatement unmark = connection.prepareStatement(
                        "delete from aggregate_dirty where day >= ? and day < ? returning day")) {
                    unmark.setObject(1, month);
                    unmark.setObject(2, month.plusMonths(1));
                    try (ResultSet rs = unmark.executeQuery()) {
                        while (rs.next()) {
                            days.add(rs.getObject(1, LocalDate.class));
                        }
                    }
                }
                int merged = 0;
                for (LocalDate day : days) {
                    merged += merge(connection, DAILY, day) + merge(connection, ORG_DAILY, day);
                }
                if (!days.isEmpty()) {
                    merged += merge(connection, ORG_MONTHLY, month);
                }
                connection.commit();
                long nanos = System.nanoTime() - started;
                this.timer.record(nanos, TimeUnit.NANOSECONDS);
                Log.debugf(
                        "compacted %s (%d days): %d merged rows in %d ms",
                        month.toString().substring(0, 7), days.size(), merged, nanos / 1_000_000);
                return days.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * The statement that replaces the rows of every key of one period (a day or a month: the first and second
     * parameter) that has more than one row by one row with their sum. Keys with one row are not touched.
     */
    static String mergeSql(String table, String period, String... keys) {
        String columns = String.join(", ", keys);
        StringBuilder same = new StringBuilder();
        StringBuilder returned = new StringBuilder("t." + period);
        for (String key : keys) {
            same.append(" and t.").append(key).append(" = dup.").append(key);
            returned.append(", t.").append(key);
        }
        return """
                with dup as (select %2$s from %1$s where %3$s = ? group by %2$s having count(*) > 1),
                gone as (delete from %1$s t using dup where t.%3$s = ?%4$s returning %5$s, t.calls)
                insert into %1$s (%3$s, %2$s, calls) select %3$s, %2$s, sum(calls) from gone group by %3$s, %2$s""".formatted(table, columns, period, same, returned);
    }

    private static int merge(Connection connection, String sql, LocalDate period) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, period);
            statement.setObject(2, period);
            return statement.executeUpdate();
        }
    }
}
