package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.exchange.CatalogWireMock;
import io.govshare.exchange.api.Fixtures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compactor merges appended aggregate rows without changing any figure (README "Storage"). Scheduled passes are
 * off in tests ({@code %test.exchange.compaction.interval=PT0S}): each test runs {@link AggregateCompactor#pass()}, which
 * merges a day or month once two batches ({@code %test.exchange.compaction.batches=2}) have added to it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class AggregateCompactorTest {

    @Inject
    AggregateCompactor compactor;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void pass_mergesTheRowsOfEachKeyIntoOne_andEveryFigureStaysTheSame() throws Exception {
        YearMonth month = Fixtures.uniqueMonth();
        YearMonth later = Fixtures.uniqueMonth();
        String provider = Fixtures.organization("PROVINCIAL");
        String consumer = Fixtures.organization("PREFECTURE");
        for (int batch = 1; batch <= 3; batch++) {
            Fixtures.postCsv(List.of(
                            Fixtures.csv(id(), Fixtures.at(month, 5, batch), provider, consumer, "r1", 10 * batch),
                            Fixtures.csv(id(), Fixtures.at(month, 6, batch), consumer, provider, "", batch)))
                    .statusCode(200);
        }
        Fixtures.postCsv(List.of(Fixtures.csv(id(), Fixtures.at(later, 7, 1), provider, consumer, "r2", 1000)))
                .statusCode(200);
        List<String> before = figures(month, provider, consumer);
        LocalDate fifth = month.atDay(5);
        assertThat(rows("exchange_daily where day = ? and provider_org = ?", fifth, provider))
                .isEqualTo(3);
        assertThat(rows("org_monthly where month = ? and org_code = ?", month.atDay(1), provider))
                .isEqualTo(6); // batches 1-3 appended a PROVIDER and a CONSUMER row each

        assertThat(this.compactor.pass()).isGreaterThanOrEqualTo(1);

        assertThat(rows("exchange_daily where day = ? and provider_org = ?", fifth, provider))
                .isEqualTo(1);
        assertThat(sum("exchange_daily where day = ? and provider_org = ?", fifth, provider))
                .isEqualTo(60);
        assertThat(rows("org_daily where day = ? and org_code = ?", month.atDay(6), consumer))
                .isEqualTo(1);
        assertThat(rows("org_monthly where month = ? and org_code = ?", month.atDay(1), provider))
                .isEqualTo(2);
        // %test.exchange.compaction.batches=2: the later month had one batch, it is not due
        assertThat(rows("aggregate_dirty where period = ?", month.atDay(1))).isZero();
        assertThat(rows("aggregate_dirty where period = ?", later.atDay(1))).isEqualTo(1);
        assertThat(figures(month, provider, consumer)).isEqualTo(before);
        assertThat(this.compactor.pass()).as("nothing due").isZero();
        assertThat(this.compactor.compactAll()).isGreaterThanOrEqualTo(1);
        assertThat(rows("aggregate_dirty where period = ?", later.atDay(1))).isZero();
        assertThat(figures(month, provider, consumer)).isEqualTo(before);
    }

    @Test
    void pass_leavesTheMonthToTheReplicaHoldingTheLock_andCompactsItAfterwards() throws Exception {
        YearMonth month = Fixtures.uniqueMonth();
        String provider = Fixtures.organization("PROVINCIAL");
        String consumer = Fixtures.organization("PROVINCIAL");
        for (int batch = 1; batch <= 2; batch++) {
            Fixtures.postCsv(List.of(Fixtures.csv(id(), Fixtures.at(month, 3, batch), provider, consumer, "r", 5)))
                    .statusCode(200);
        }
        try (Connection other = this.dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, AggregateCompactor.LOCK);
                lock.execute();
            }
            assertThat(this.compactor.pass()).isZero();
            assertThat(rows("exchange_daily where day = ? and provider_org = ?", month.atDay(3), provider))
                    .isEqualTo(2);
            other.rollback();
        }
        assertThat(this.compactor.pass()).isPositive();
        assertThat(rows("exchange_daily where day = ? and provider_org = ?", month.atDay(3), provider))
                .isEqualTo(1);
        Fixtures.summary(month).statusCode(200).body("total", org.hamcrest.Matchers.equalTo(10));
    }

    @Test
    void batchesPostedWhileTheCompactorRuns_areCountedOnce() throws Exception {
        YearMonth month = Fixtures.uniqueMonth();
        String provider = Fixtures.organization("PROVINCIAL");
        String consumer = Fixtures.organization("COUNTY");
        int clients = 4;
        int batchesPerClient = 15;
        int recordsPerBatch = 40;
        AtomicBoolean posting = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        try {
            Future<Integer> passes = pool.submit(() -> {
                int n = 0;
                while (posting.get()) {
                    this.compactor.pass();
                    n++;
                }
                return n;
            });
            List<Future<?>> posts = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                posts.add(pool.submit(() -> {
                    for (int b = 0; b < batchesPerClient; b++) {
                        List<String> lines = new ArrayList<>();
                        for (int r = 0; r < recordsPerBatch; r++) {
                            // few keys (2 days x 3 resources), so that almost every batch adds to rows of the others
                            lines.add(Fixtures.csv(
                                    id(), Fixtures.at(month, 1 + r % 2, 3), provider, consumer, "r" + r % 3, 7));
                        }
                        Fixtures.postCsv(lines).statusCode(200);
                    }
                }));
            }
            for (Future<?> post : posts) {
                post.get(2, TimeUnit.MINUTES);
            }
            posting.set(false);
            assertThat(passes.get(1, TimeUnit.MINUTES)).isPositive();
        } finally {
            pool.shutdownNow();
        }
        this.compactor.compactAll();
        long expected = 7L * clients * batchesPerClient * recordsPerBatch;
        Fixtures.summary(month).statusCode(200).body("total", org.hamcrest.Matchers.equalTo((int) expected));
        assertThat(sum("exchange_daily where provider_org = ? and day >= ?", provider, month.atDay(1)))
                .isEqualTo(expected);
        assertThat(rows("exchange_daily where provider_org = ? and day >= ?", provider, month.atDay(1)))
                .isEqualTo(6);
        assertThat(rows("org_monthly where org_code = ? and month = ?", provider, month.atDay(1)))
                .isEqualTo(1);
    }

    /** Every statistic that reads the aggregates of the month, as the API answers it. */
    private static List<String> figures(YearMonth month, String provider, String consumer) {
        List<String> bodies = new ArrayList<>();
        bodies.add(Fixtures.summary(month).statusCode(200).extract().asString());
        for (String side : List.of("PROVIDER", "CONSUMER")) {
            bodies.add(given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("month", month.toString())
                    .queryParam("side", side)
                    .queryParam("level", "PROVINCIAL")
                    .get(Fixtures.STATS + "/rankings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            bodies.add(given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("month", month.toString())
                    .queryParam("side", side)
                    .get(Fixtures.STATS + "/regions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        }
        for (String org : List.of(provider, consumer)) {
            bodies.add(Fixtures.organizationStats(org, month)
                    .statusCode(200)
                    .extract()
                    .asString());
            bodies.add(given().auth()
                    .oauth2(Tokens.admin())
                    .queryParam("from", month.atDay(1).toString())
                    .queryParam("to", month.atEndOfMonth().toString())
                    .get(Fixtures.STATS + "/organizations/" + org)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        }
        return bodies;
    }

    private static String id() {
        return Fixtures.uniqueCode("id");
    }

    /**
     * Whatever the statistics say (here those of a small table, and a generic plan, as the driver's prepared statements
     * get after a few executions), each merge reads the period's rows once and deletes the copies by their address: no
     * nested loop that reads an organization's rows once per key, no read of the whole table (docs/performance.md,
     * "Compaction").
     */
    @Test
    void theMergeDeletesTheCopiesByTheirAddress_withAGenericPlanToo() throws Exception {
        for (AggregateCompactor.Table table : AggregateCompactor.TABLES) {
            String plan;
            try (Connection connection = this.dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (var statement = connection.createStatement()) {
                    statement.execute("set local plan_cache_mode = force_generic_plan");
                    statement.execute(AggregateCompactor.MERGE_PLANNER_SETTINGS);
                    statement.execute(
                            "prepare merge_plan(date) as " + table.mergeSql().replace("?", "$1"));
                    StringBuilder lines = new StringBuilder();
                    try (ResultSet rs = statement.executeQuery("explain execute merge_plan('2025-10-01')")) {
                        while (rs.next()) {
                            lines.append(rs.getString(1)).append('\n');
                        }
                    }
                    plan = lines.toString();
                    statement.execute("deallocate merge_plan");
                } finally {
                    connection.rollback();
                }
            }
            assertThat(plan)
                    .as(table.name())
                    .contains("Tid Scan on " + table.name())
                    .doesNotContain("Nested Loop")
                    .doesNotContain("SubPlan") // a look-up per row of the period
                    .doesNotContain("Seq Scan on " + table.name());
        }
    }

    private long rows(String from, Object... args) throws SQLException {
        return single("select count(*) from " + from, args);
    }

    private long sum(String from, Object... args) throws SQLException {
        return single("select coalesce(sum(calls), 0) from " + from, args);
    }

    private long single(String sql, Object... args) throws SQLException {
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
