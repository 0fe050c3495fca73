package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.exchange.CatalogWireMock;
import io.govshare.exchange.api.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code exchange.compaction.interval} set, the service compacts on its own. */
@QuarkusTest
@TestProfile(ScheduledCompactionTest.EveryFewHundredMillis.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class ScheduledCompactionTest {

    public static class EveryFewHundredMillis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // max-delay: a pass that falls between two of the test's batches merges them and leaves the last batch's
            // mark alone below the threshold; it is merged once it is this old (on a busy machine this happens)
            return Map.of("exchange.compaction.interval", "PT0.3S", "exchange.compaction.max-delay", "PT2S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void appendedRowsOfAKey_areMergedWithoutACall() throws Exception {
        // apart from the months of the other test classes, and not before 1970 (records before it are refused)
        YearMonth month = Fixtures.uniqueMonth().minusYears(30);
        String provider = Fixtures.organization("PROVINCIAL");
        for (int batch = 1; batch <= 3; batch++) {
            Fixtures.postCsv(List.of(Fixtures.csv(
                            Fixtures.uniqueCode("id"), Fixtures.at(month, 9, batch), provider, provider, "r", 2)))
                    .statusCode(200);
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        long rows;
        do {
            Thread.sleep(100);
            rows = dailyRows(provider);
        } while (rows > 1 && System.nanoTime() < deadline);
        assertThat(rows)
                .as("rows of the key after 60 s; marks left: %s", marks())
                .isEqualTo(1);
        Fixtures.summary(month).statusCode(200).body("total", org.hamcrest.Matchers.equalTo(6));
    }

    /** The marks that wait for the compactor, for the message of a failure. */
    private String marks() throws Exception {
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select string_agg(period || (case when monthly then ' month' else '' end), ', ') "
                                + "from aggregate_dirty");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long dailyRows(String provider) throws Exception {
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select count(*) from exchange_daily where provider_org = ?")) {
            statement.setString(1, provider);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
