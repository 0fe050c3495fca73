package io.govshare.exchange.persistence;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.exchange.CatalogWireMock;
import io.govshare.exchange.api.Fixtures;
import io.govshare.exchange.domain.ExchangeRecord;
import io.govshare.exchange.domain.NumberedId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Numbered ids are kept 64 to a row of {@code record_block} (README "Storage"), and batches posted next to each
 * other share the rows at their edges: each id must still be stored once, whichever batch brings it first, with
 * whole ids in the same batches, and with many clients at once.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class StoredIdsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RecordPartitions partitions;

    @Test
    void batchesSharingABlock_storeEachIdOnce_andTheBlocksBitsSayWhich() throws Exception {
        YearMonth month = Fixtures.uniqueMonth();
        String provider = Fixtures.organization("PROVINCIAL");
        String consumer = Fixtures.organization("COUNTY");
        String prefix = Fixtures.uniqueCode("gw") + "-";

        Fixtures.postCsv(lines(prefix, 0, 40, month, provider, consumer))
                .statusCode(200)
                .body("stored", equalTo(40));
        // 30..99: ten of them are stored already, in the same block as twenty new ones
        Fixtures.postCsv(lines(prefix, 30, 100, month, provider, consumer))
                .statusCode(200)
                .body("stored", equalTo(60))
                .body("duplicates", equalTo(10));
        Fixtures.postCsv(lines(prefix, 0, 100, month, provider, consumer))
                .statusCode(200)
                .body("stored", equalTo(0))
                .body("duplicates", equalTo(100));
        // the same numbers with fewer digits are other ids
        List<String> shorter = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            shorter.add(Fixtures.csv(prefix + n, Fixtures.at(month, 2, 1), provider, consumer, "r", 1000));
        }
        Fixtures.postCsv(shorter).statusCode(200).body("stored", equalTo(3));

        Fixtures.summary(month).statusCode(200).body("total", equalTo((int) callsOf(0, 100) + 3000));
        // 0..63 fill block 0; 64..99 the first 36 bits of block 1; the three short ids one block of width 1
        assertThat(blocks(month, prefix)).containsExactly("6:0:" + -1L, "6:1:" + ((1L << 36) - 1), "1:0:" + 0b111L);
    }

    /**
     * Ids far apart have a block row each; a new id in a block another batch stored gets its bit added to that row,
     * and a stored one is a duplicate even in a batch of new ones.
     */
    @Test
    void sparseIds_areStoredOnce_alsoWhenANewOneFallsIntoAStoredBlock() throws Exception {
        YearMonth month = Fixtures.uniqueMonth();
        String provider = Fixtures.organization("PROVINCIAL");
        String consumer = Fixtures.organization("COUNTY");
        String prefix = Fixtures.uniqueCode("sparse") + "-";
        List<String> first = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            first.add(line(prefix, n * 1000, month, provider, consumer));
        }
        Fixtures.postCsv(first).statusCode(200).body("stored", equalTo(10));
        // 1001 and 2001 share blocks 15 and 31 with 1000 and 2000; 50,000 is a block of its own
        List<String> second = List.of(
                line(prefix, 1001, month, provider, consumer),
                line(prefix, 2001, month, provider, consumer),
                line(prefix, 3000, month, provider, consumer),
                line(prefix, 50_000, month, provider, consumer));
        Fixtures.postCsv(second).statusCode(200).body("stored", equalTo(3)).body("duplicates", equalTo(1));
        Fixtures.postCsv(first).statusCode(200).body("stored", equalTo(0));

        long calls = callsOf(1001, 1002) + callsOf(2001, 2002) + callsOf(50_000, 50_001);
        for (int n = 0; n < 10; n++) {
            calls += callsOf(n * 1000, n * 1000 + 1);
        }
        Fixtures.summary(month).statusCode(200).body("total", equalTo((int) calls));
        assertThat(blocks(month, prefix))
                .contains("6:15:" + ((1L << (1000 % 64)) | (1L << (1001 % 64))), "6:781:" + (1L << (50_000 % 64)))
                .hasSize(11);
    }

    @Test
    void wholeAndNumberedIds_inOneBatch_areEachStoredOnce() {
        YearMonth month = Fixtures.uniqueMonth();
        String provider = Fixtures.organization("NATIONAL");
        String consumer = Fixtures.organization("PROVINCIAL");
        String prefix = Fixtures.uniqueCode("mixed") + "-";
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            String numbered = Fixtures.csv(prefix + n, Fixtures.at(month, 3, 4), provider, consumer, "", 1);
            String whole = Fixtures.csv(prefix + n + "-x", Fixtures.at(month, 3, 4), provider, consumer, "", 10);
            (n % 2 == 0 ? first : second).add(numbered);
            (n % 3 == 0 ? first : second).add(whole);
            if (n % 5 == 0) {
                second.add(numbered); // stored by the first batch already
                second.add(whole);
            }
        }
        Fixtures.postCsv(first).statusCode(200).body("stored", equalTo(first.size()));
        Fixtures.postCsv(second)
                .statusCode(200)
                .body("stored", equalTo(100 - first.size()))
                .body("duplicates", equalTo(second.size() - (100 - first.size())));
        Fixtures.summary(month).statusCode(200).body("total", equalTo(50 + 500));
    }

    @Test
    void clientsPostingOverlappingRangesAtOnce_storeEachIdOnce() throws Exception {
        YearMonth month = Fixtures.uniqueMonth();
        String provider = Fixtures.organization("PROVINCIAL");
        String consumer = Fixtures.organization("PREFECTURE");
        String prefix = Fixtures.uniqueCode("race") + "-";
        int clients = 6;
        int batches = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Set<Integer> posted = new TreeSet<>();
        List<Future<Integer>> stored = new ArrayList<>();
        Random random = new Random(7);
        try {
            List<List<String>> bodies = new ArrayList<>();
            for (int i = 0; i < clients * batches; i++) {
                // ranges of 1-150 numbers somewhere in 0..999: edges fall inside blocks, ranges overlap
                int from = random.nextInt(1000);
                int to = Math.min(1000, from + 1 + random.nextInt(150));
                for (int n = from; n < to; n++) {
                    posted.add(n);
                }
                bodies.add(lines(prefix, from, to, month, provider, consumer));
            }
            for (int c = 0; c < clients; c++) {
                int client = c;
                stored.add(pool.submit(() -> {
                    int sum = 0;
                    for (int b = client; b < bodies.size(); b += clients) {
                        int storedHere = Fixtures.postCsv(bodies.get(b))
                                .statusCode(200)
                                .extract()
                                .path("stored");
                        sum += storedHere;
                    }
                    return sum;
                }));
            }
            int total = 0;
            for (Future<Integer> f : stored) {
                total += f.get(2, TimeUnit.MINUTES);
            }
            assertThat(total).isEqualTo(posted.size());
        } finally {
            pool.shutdownNow();
        }
        long calls = 0;
        for (int n : posted) {
            calls += callsOf(n, n + 1);
        }
        Fixtures.summary(month).statusCode(200).body("total", equalTo((int) calls));
    }

    /**
     * V4 moved the numbered ids that {@code record_id} held into {@code record_block}: its statement, run again on an
     * id stored the old way, puts it where the service looks, and a re-post of it is a duplicate. Its SQL rule for a
     * numbered id is the service's.
     */
    @Test
    void theMigrationsMoveOfNumberedIds_agreesWithTheService() throws Exception {
        YearMonth month = Fixtures.uniqueMonth();
        String provider = Fixtures.organization("PROVINCIAL");
        String consumer = Fixtures.organization("COUNTY");
        String prefix = Fixtures.uniqueCode("old") + "-";
        int epochMonth = (int) month.atDay(1).toEpochDay();
        this.partitions.ensure(List.of(new ExchangeRecord(prefix, epochMonth, epochMonth, provider, consumer, "", 1)));
        String move = migrationStatement("with numbered as");
        try (Connection connection = this.dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "insert into record_id (month, id) values ('%s', '%s000123')".formatted(month.atDay(1), prefix));
            statement.execute(move);
        }
        Fixtures.postCsv(List.of(
                        Fixtures.csv(prefix + "000123", Fixtures.at(month, 9, 9), provider, consumer, "", 5),
                        Fixtures.csv(prefix + "000124", Fixtures.at(month, 9, 9), provider, consumer, "", 7)))
                .statusCode(200)
                .body("stored", equalTo(1))
                .body("duplicates", equalTo(1));

        String[] ids = {
            "gw-000000001",
            "123",
            "a",
            "x1234567890123456789",
            "x123456789012345678",
            "日志-0042",
            "0",
            "a-00",
            "ab12cd34",
            "12ab0",
            "-7",
            "日志-٣"
        };
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement rule = connection.prepareStatement(
                        "select ? ~ '(^|[^0-9])[0-9]{1,18}$', length(substring(? from '[0-9]+$'))")) {
            for (String id : ids) {
                rule.setString(1, id);
                rule.setString(2, id);
                try (ResultSet rs = rule.executeQuery()) {
                    rs.next();
                    NumberedId parts = NumberedId.of(id);
                    assertThat(rs.getBoolean(1)).as(id).isEqualTo(parts != null);
                    if (parts != null) {
                        assertThat(rs.getInt(2)).as(id).isEqualTo(parts.width());
                    }
                }
            }
        }
    }

    private static String line(String prefix, int n, YearMonth month, String provider, String consumer) {
        return lines(prefix, n, n + 1, month, provider, consumer).get(0);
    }

    /** Records prefix + from … prefix + (to - 1), zero-padded to 6 digits, each with its own calls. */
    private static List<String> lines(
            String prefix, int from, int to, YearMonth month, String provider, String consumer) {
        List<String> lines = new ArrayList<>();
        for (int n = from; n < to; n++) {
            lines.add(Fixtures.csv(
                    prefix + "%06d".formatted(n),
                    Fixtures.at(month, 1 + n % 28, n % 24),
                    provider,
                    consumer,
                    "r",
                    callsOf(n, n + 1)));
        }
        return lines;
    }

    private static long callsOf(int from, int to) {
        long calls = 0;
        for (int n = from; n < to; n++) {
            calls += 1 + n % 7;
        }
        return calls;
    }

    /** The block rows of the month and prefix as "width:block:bits", in key order. */
    private List<String> blocks(YearMonth month, String prefix) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select width, block, bits from record_block where month = ? and prefix = ? order by width desc, block")) {
            select.setObject(1, month.atDay(1));
            select.setString(2, prefix);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3));
                }
            }
        }
        return rows;
    }

    private static String migrationStatement(String start) throws Exception {
        try (InputStream in =
                StoredIdsTest.class.getResourceAsStream("/db/migration/V4__id_blocks_and_new_daily_rows.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int from = sql.indexOf(start);
            return sql.substring(from, sql.indexOf(';', from));
        }
    }
}
