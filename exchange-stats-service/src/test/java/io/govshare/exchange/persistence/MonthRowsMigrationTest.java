package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.govshare.exchange.CatalogWireMock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V5 on a database that a version before it filled (README "Storage", ADR 2026-12-07-month-rows-of-pairs): every
 * daily row, merged or new, becomes part of its month's row, no call is lost or counted twice, and the views show
 * the days as the tables before V5 did. The migrations run in a schema of their own, up to V4, then V5.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class MonthRowsMigrationTest {

    private static final String SCHEMA = "v5_upgrade";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void dropSchema() throws SQLException {
        execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void v5_keepsEveryCallOfTheDailyRows_inOneRowPerPairAndMonth() throws SQLException {
        dropSchema();
        migrate("4");
        execute("""
                insert into exchange_daily_merged (day, provider_org, consumer_org, resource_code, calls) values
                    ('2023-10-01', 'p', 'c', 'r', 5), ('2023-10-31', 'p', 'c', 'r', 7), ('2023-11-15', 'p', 'c', '', 11);
                insert into exchange_daily_new (day, provider_org, consumer_org, resource_code, calls) values
                    ('2023-10-01', 'p', 'c', 'r', 3), ('2023-10-02', 'p', 'c2', 'r', 13);
                insert into org_daily (org_code, day, side, calls) values ('p', '2023-10-01', 'PROVIDER', 8);
                insert into aggregate_dirty (period, monthly) values ('2023-10-01', false), ('2023-10-01', true)""");

        migrate("5");

        assertThat(rows("""
                        select month || ' ' || provider_org || ' ' || consumer_org || ' ' || resource_code || ' '
                               || coalesce(d01, 0) || ' ' || coalesce(d02, 0) || ' ' || coalesce(d15, 0) || ' '
                               || coalesce(d31, 0) || ' ' || num_nonnulls(d01, d02, d15, d31)
                        from exchange_days order by 1"""))
                .containsExactly(
                        "2023-10-01 p c r 8 0 0 7 2", "2023-10-01 p c2 r 0 13 0 0 1", "2023-11-01 p c  0 0 11 0 1");
        assertThat(rows("select count(*) || ' ' || sum(calls) from exchange_daily"))
                .containsExactly("4 39");
        assertThat(rows("select day || ' ' || calls from exchange_daily where consumer_org = 'c' order by day"))
                .containsExactly("2023-10-01 8", "2023-10-31 7", "2023-11-15 11");
        assertThat(rows("select side || ' ' || day || ' ' || calls from org_daily where org_code = 'p' order by day"))
                .containsExactly(
                        "PROVIDER 2023-10-01 8",
                        "PROVIDER 2023-10-02 13",
                        "PROVIDER 2023-10-31 7",
                        "PROVIDER 2023-11-15 11");
        assertThat(rows("select count(*) from exchange_days_new")).containsExactly("0");
        // the day's mark went, the month's stays
        assertThat(rows("select period || ' ' || monthly from aggregate_dirty")).containsExactly("2023-10-01 true");
        // the range sum of a row: 1 to 30 October leaves out the 31st
        assertThat(rows("""
                        select exchange_days_between('2023-10-01', '2023-10-30', month, d01, d02, d03, d04, d05, d06,
                            d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21, d22, d23, d24,
                            d25, d26, d27, d28, d29, d30, d31)
                        from exchange_days where consumer_org = 'c' and month = '2023-10-01'""")).containsExactly("8");
    }

    private void migrate(String target) {
        Flyway.configure()
                .dataSource(this.dataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    private void execute(String sql) throws SQLException {
        query(sql, false);
    }

    private List<String> rows(String sql) throws SQLException {
        return query(sql, true);
    }

    /** Runs the SQL in the test's schema, in a transaction of its own (the pool's connections keep their path). */
    private List<String> query(String sql, boolean select) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = this.dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("set local search_path to " + SCHEMA);
                if (select) {
                    try (ResultSet rs = statement.executeQuery(sql)) {
                        while (rs.next()) {
                            rows.add(rs.getString(1));
                        }
                    }
                } else {
                    statement.execute(sql);
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return rows;
    }
}
