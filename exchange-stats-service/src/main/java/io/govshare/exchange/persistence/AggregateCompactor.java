package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import io.govshare.exchange.config.ExchangeConfig;
import io.govshare.exchange.domain.BatchAggregates;

/**
 * Merges the aggregate rows that batches append (README "Storage"). A batch appends its sums and marks in
 * {@code aggregate_dirty} each month it added rows to. Every {@code exchange.compaction.interval} this compactor
 * merges each month that is due: one that {@code exchange.compaction.batches} batches have added to since its last
 * merge, or whose oldest such batch is {@code exchange.compaction.max-delay} old. In one transaction per month it
 * deletes the month's marks, moves the month's rows of {@code exchange_days_new} into {@code exchange_days}, and
 * replaces the rows of each key that has more than one by one row with their sums ({@code exchange_days}: per day of
 * the month; {@code org_monthly}). Sums never change: a batch's rows and its marks commit together, so every row whose
 * mark the compactor deleted is visible to the statements that follow, and rows committed later keep their marks for a
 * later merge. A transaction-level advisory lock lets one replica compact at a time; the others skip the pass.
 *
 * <p>The gauge {@code govshare.exchange.compaction.backlog} (k8s/README.md, "Metrics the services expose") is the
 * number of months with marks still to merge, counted after every pass (one query on the small table of
 * marks), so that a scrape costs nothing.
 */
@ApplicationScoped
public class AggregateCompactor {

    /** The advisory lock of compaction: "exch" "comp" in ASCII. */
    static final long LOCK = 0x6578_6368_636f_6d70L;

    /** The day columns of the pairs' month rows: {@code d01} is the month's first day, {@code d31} its 31st. */
    static final List<String> DAY_COLUMNS = IntStream.rangeClosed(1, BatchAggregates.DAYS)
            .mapToObj(day -> "d%02d".formatted(day))
            .toList();

    private static final Table PAIRS = new Table(
            "exchange_days",
            "exchange_days_new",
            "month",
            DAY_COLUMNS,
            "provider_org",
            "consumer_org",
            "resource_code");
    private static final Table ORG_MONTHLY =
            new Table("org_monthly", null, "month", List.of("calls"), "side", "org_code");
    /** The tables the compactor merges, each per month. */
    static final List<Table> TABLES = List.of(PAIRS, ORG_MONTHLY);
    /**
     * Set in each merge's transaction: a merge must take the rows it deletes by their address (a TID scan), never by
     * reading the whole table, which PostgreSQL prefers when its statistics still describe a small table, and never
     * with a nested loop, which would read a busy organization's rows once per key. Its sums are grouped in memory
     * ({@code work_mem}: a month's new rows of a busy minute are a few hundred thousand). JIT compilation is off too:
     * it pays only for long analytical queries, and a merge estimated above {@code jit_above_cost} (an earlier form,
     * with a subplan) spent 0.4 s compiling for 10,000 keys.
     */
    static final String MERGE_PLANNER_SETTINGS =
            "set local enable_seqscan = off; set local enable_nestloop = off; set local jit = off;"
                    + " set local work_mem = '64MB'";

    private final AgroalDataSource dataSource;
    private final Duration interval;
    private final int batches;
    private final Duration maxDelay;
    private final Timer timer;
    private final AtomicLong backlog = new AtomicLong();
    private ScheduledExecutorService executor;

    public AggregateCompactor(AgroalDataSource dataSource, ExchangeConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.interval = config.compaction().interval();
        this.batches = config.compaction().batches();
        this.maxDelay = config.compaction().maxDelay();
        this.timer = Timer.builder("govshare.exchange.compaction")
                .description("Time spent merging appended aggregate rows, per month merged")
                .register(registry);
        registry.gauge("govshare.exchange.compaction.backlog", this.backlog);
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
            refreshBacklog();
        } catch (SQLException | RuntimeException e) {
            // nothing is lost: the marks of a month whose transaction failed stay for the next pass
            Log.warnf("aggregate compaction failed, retried in %s: %s", this.interval, e.getMessage());
        }
    }

    /**
     * Merges every period that is due now (the scheduled pass calls this too).
     *
     * @return the number of periods merged
     */
    public int pass() throws SQLException {
        return compact(false);
    }

    /** Merges every marked period, due or not: for tests and for an operator who wants every month merged now. */
    public int compactAll() throws SQLException {
        return compact(true);
    }

    /**
     * Counts the months with marks still to merge into the gauge (after every scheduled pass).
     *
     * @return that count
     */
    public long refreshBacklog() throws SQLException {
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from (select distinct period, monthly from aggregate_dirty) marked");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            this.backlog.set(rs.getLong(1));
            return this.backlog.get();
        }
    }

    private record Period(LocalDate start, boolean monthly) {}

    private int compact(boolean all) throws SQLException {
        List<Period> due = new ArrayList<>();
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select period, monthly from aggregate_dirty group by period, monthly
                        having ? or count(*) >= ? or min(marked_at) < now() - make_interval(secs => ?)
                        order by period, monthly""")) {
            select.setBoolean(1, all);
            select.setInt(2, this.batches);
            select.setDouble(3, this.maxDelay.toMillis() / 1000.0);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    due.add(new Period(rs.getObject(1, LocalDate.class), rs.getBoolean(2)));
                }
            }
        }
        int merged = 0;
        for (Period period : due) {
            if (merge(period)) {
                merged++;
            }
        }
        return merged;
    }

    private boolean merge(Period period) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = this.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    Log.debugf("another instance is compacting; %s is left to it", period.start());
                    connection.rollback();
                    return false;
                }
                int marks = 0;
                try (PreparedStatement unmark =
                        connection.prepareStatement("delete from aggregate_dirty where period = ? and monthly = ?")) {
                    unmark.setObject(1, period.start());
                    unmark.setBoolean(2, period.monthly());
                    marks = unmark.executeUpdate();
                }
                int rows = 0;
                if (marks > 0) {
                    try (Statement settings = connection.createStatement()) {
                        settings.execute(MERGE_PLANNER_SETTINGS);
                    }
                    // a day's marks come from a version before V5 only (V5 removes them): there is nothing to merge
                    for (Table table : period.monthly() ? TABLES : List.<Table>of()) {
                        try (PreparedStatement statement = connection.prepareStatement(table.mergeSql())) {
                            for (int p = 1; p <= table.parameters(); p++) {
                                statement.setObject(p, period.start());
                            }
                            rows += statement.executeUpdate();
                        }
                    }
                }
                connection.commit();
                long nanos = System.nanoTime() - started;
                this.timer.record(nanos, TimeUnit.NANOSECONDS);
                Log.debugf(
                        "merged %s %s (%d batches): %d rows in %d ms",
                        period.monthly() ? "month" : "day", period.start(), marks, rows, nanos / 1_000_000);
                return marks > 0;
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
     * An aggregate table: its period column (a month), the columns of its key within a period, the columns that hold
     * its sums, and the table batches append its rows to when that is another one ({@code newRows}, or null).
     */
    record Table(String name, String newRows, String period, List<String> values, String... keys) {

        /**
         * The statement that merges the rows of one period (the parameter, in every {@code ?}): their rows are
         * replaced by one row per key with their sums, column by column. The rows to delete are taken by their
         * physical address ({@code ctid = any(…)}, a TID scan, whatever the table's statistics say), after one read of
         * the period's rows. Without a table of new rows, that read counts the rows of each key in one sort, and keys
         * with one row are not touched. With one, the statement moves the period's new rows into the table, and
         * replaces the rows of the keys that have a new row, found by hashing the new rows' keys (a key looked up in
         * the new rows per row was a subplan of quadratic time). The earlier form joined the duplicated keys back to
         * the table, and with the statistics of a table that had just grown PostgreSQL chose a nested loop over an
         * organization's index, which read a busy consumer's rows of the day once per key (docs/performance.md,
         * "Compaction").
         */
        String mergeSql() {
            String keyColumns = String.join(", ", this.keys);
            String columns = this.period + ", " + keyColumns + ", " + String.join(", ", this.values);
            String returned = "t." + columns.replace(", ", ", t.");
            StringBuilder sums = new StringBuilder();
            for (String value : this.values) {
                sums.append(", sum(").append(value).append(")");
            }
            if (this.newRows == null) {
                return """
                        with gone as (
                            delete from %1$s t where t.ctid = any(array(
                                select row_id from (select row_id, count(*) over (partition by %2$s) as copies
                                                    from (select ctid as row_id, %2$s from %1$s where %3$s = ?) period_rows
                                                   ) counted
                                where copies > 1))
                            returning %4$s)
                        insert into %1$s (%5$s) select %3$s, %2$s%6$s from gone group by %3$s, %2$s""".formatted(this.name, keyColumns, this.period, returned, columns, sums);
            }
            String tuple = "(m." + keyColumns.replace(", ", ", m.") + ")";
            return """
                    with moved as (delete from %7$s t where t.%3$s = ? returning %4$s),
                    gone as (
                        delete from %1$s t where t.ctid = any(array(
                            select m.ctid from %1$s m where m.%3$s = ? and %8$s in (select %2$s from moved)))
                        returning %4$s)
                    insert into %1$s (%5$s)
                    select %3$s, %2$s%6$s from (select * from moved union all select * from gone) merged group by %3$s, %2$s""".formatted(this.name, keyColumns, this.period, returned, columns, sums, this.newRows, tuple);
        }

        /** How many parameters {@link #mergeSql()} has: each is the period. */
        int parameters() {
            return this.newRows == null ? 1 : 2;
        }
    }
}
