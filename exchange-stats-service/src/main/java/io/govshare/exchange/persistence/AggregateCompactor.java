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

    private static final String DAILY = """
            with dup as (
                select provider_org, consumer_org, resource_code from exchange_daily where day = ?
                group by 1, 2, 3 having count(*) > 1),
            gone as (
                delete from exchange_daily t using dup
                where t.day = ? and t.provider_org = dup.provider_org and t.consumer_org = dup.consumer_org
                    and t.resource_code = dup.resource_code
                returning t.day, t.provider_org, t.consumer_org, t.resource_code, t.calls)
            insert into exchange_daily (day, provider_org, consumer_org, resource_code, calls)
            select day, provider_org, consumer_org, resource_code, sum(calls) from gone group by 1, 2, 3, 4""";
    private static final String ORG_DAILY = """
            with dup as (select org_code, side from org_daily where day = ? group by 1, 2 having count(*) > 1),
            gone as (
                delete from org_daily t using dup
                where t.day = ? and t.org_code = dup.org_code and t.side = dup.side
                returning t.org_code, t.day, t.side, t.calls)
            insert into org_daily (org_code, day, side, calls)
            select org_code, day, side, sum(calls) from gone group by 1, 2, 3""";
    private static final String ORG_MONTHLY = """
            with dup as (select side, org_code from org_monthly where month = ? group by 1, 2 having count(*) > 1),
            gone as (
                delete from org_monthly t using dup
                where t.month = ? and t.side = dup.side and t.org_code = dup.org_code
                returning t.month, t.side, t.org_code, t.calls)
            insert into org_monthly (month, side, org_code, calls)
            select month, side, org_code, sum(calls) from gone group by 1, 2, 3""";

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

    private static int merge(Connection connection, String sql, LocalDate period) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, period);
            statement.setObject(2, period);
            return statement.executeUpdate();
        }
    }
}
