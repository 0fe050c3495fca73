package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postgresql.jdbc.PgConnection;

import io.govshare.exchange.domain.ExchangeRecord;
import io.govshare.exchange.domain.NumberedId;

/**
 * The ids of one group of records (distinct by month and id), as the database keeps them (README "Storage"): a
 * numbered id ({@link NumberedId}) is a bit of its block's row in {@code record_block}, any other id a row of
 * {@code record_id}. Both tables have a primary key, and an id's table follows from the id alone, so each id is
 * stored at most once.
 */
final class StoredIds {

    /** SQL state of a unique violation: what storing an id that is stored already gives, in either table. */
    static final String UNIQUE_VIOLATION = "23505";

    /** SQL state of a serialization failure: the transaction is retried. */
    static final String SERIALIZATION = "40001";

    /** The ids of a block of 64 numbers: its key and the bits of this group. */
    private static final class Block {
        final int month;
        final String prefix;
        final int width;
        final long block;
        long bits;
        long stored;

        Block(int month, String prefix, int width, long block) {
            this.month = month;
            this.prefix = prefix;
            this.width = width;
            this.block = block;
        }

        boolean sameKey(int month, String id, int prefixLength, int width, long block) {
            return this.block == block
                    && this.month == month
                    && this.width == width
                    && this.prefix.length() == prefixLength
                    && id.startsWith(this.prefix);
        }

        Key key() {
            return new Key(this.month, this.prefix, this.width, this.block);
        }
    }

    private record Key(int month, String prefix, int width, long block) {}

    /**
     * The order of the blocks' rows: every transaction locks them in it. Prefixes compare as the database's
     * {@code collate "C"} does only for ASCII, but the order matters only among this service's own transactions.
     */
    private static final Comparator<Block> KEY_ORDER = Comparator.<Block>comparingInt(b -> b.month)
            .thenComparing(b -> b.prefix)
            .thenComparingInt(b -> b.width)
            .thenComparingLong(b -> b.block);

    private static final String UPSERT_BLOCKS = """
            insert into record_block (month, prefix, width, block, bits)
            select date '1970-01-01' + u.month, u.prefix, u.width, u.block, u.bits
            from unnest(?::int[], ?::varchar[], ?::int[], ?::int8[], ?::int8[]) as u(month, prefix, width, block, bits)
            on conflict (month, prefix, width, block) do update set bits = record_block.bits | excluded.bits
            where record_block.bits & excluded.bits = 0""";

    private static final String STORED_BLOCKS = """
            select u.i, b.bits
            from unnest(?::int[], ?::varchar[], ?::int[], ?::int8[]) with ordinality as u(month, prefix, width, block, i)
            join record_block b on b.month = date '1970-01-01' + u.month and b.prefix = u.prefix collate "C"
                               and b.width = u.width and b.block = u.block
            order by u.i
            for update of b""";

    private final List<ExchangeRecord> records;
    /** Each record's block, or null for a record whose id is kept whole. */
    private final Block[] blockOf;
    /** Each numbered record's bit in its block. */
    private final long[] bitOf;

    private final List<Block> blocks;
    private final List<ExchangeRecord> whole;

    private StoredIds(
            List<ExchangeRecord> records,
            Block[] blockOf,
            long[] bitOf,
            List<Block> blocks,
            List<ExchangeRecord> whole) {
        this.records = records;
        this.blockOf = blockOf;
        this.bitOf = bitOf;
        this.blocks = blocks;
        this.whole = whole;
    }

    /** Splits the records' ids (distinct by month and id) into blocks and whole ids. */
    static StoredIds of(List<ExchangeRecord> records) {
        Block[] blockOf = new Block[records.size()];
        long[] bitOf = new long[records.size()];
        Map<Key, Block> byKey = new HashMap<>();
        List<Block> blocks = new ArrayList<>();
        List<ExchangeRecord> whole = new ArrayList<>();
        Block last = null;
        for (int i = 0; i < records.size(); i++) {
            ExchangeRecord r = records.get(i);
            String id = r.id();
            int width = NumberedId.trailingDigits(id);
            if (width == 0) {
                whole.add(r);
                continue;
            }
            int prefixLength = id.length() - width;
            long number = NumberedId.number(id, prefixLength);
            long block = number / NumberedId.BLOCK_SIZE;
            if (last == null || !last.sameKey(r.month(), id, prefixLength, width, block)) {
                // ids of one prefix and width arrive in order; other widths may come between them
                Block b = new Block(r.month(), id.substring(0, prefixLength), width, block);
                last = byKey.computeIfAbsent(b.key(), k -> b);
                if (last == b) {
                    blocks.add(b);
                }
            }
            long bit = 1L << (number % NumberedId.BLOCK_SIZE);
            last.bits |= bit;
            blockOf[i] = last;
            bitOf[i] = bit;
        }
        blocks.sort(KEY_ORDER);
        return new StoredIds(records, blockOf, bitOf, blocks, whole);
    }

    /** Rows the group writes into {@code record_block}. */
    int blockRows() {
        return this.blocks.size();
    }

    /**
     * Stores every id, expecting none to be stored: throws an {@link SQLException} with {@link #UNIQUE_VIOLATION}
     * when one is (the database's own for a whole id; for a numbered one, when a block's row already has one of the
     * group's bits).
     */
    void insertAll(Connection connection) throws SQLException {
        BinaryCopy ids = new BinaryCopy(this.whole.size() * 40);
        for (ExchangeRecord r : this.whole) {
            ids.row(2).date(r.month()).text(r.id());
        }
        ids.into(connection, "record_id (month, id)");
        long[] bits = new long[this.blocks.size()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = this.blocks.get(i).bits;
        }
        int written = upsert(connection, this.blocks, bits);
        if (written != this.blocks.size()) {
            throw new SQLException(
                    "%d of %d id blocks hold ids stored already"
                            .formatted(this.blocks.size() - written, this.blocks.size()),
                    UNIQUE_VIOLATION);
        }
    }

    /**
     * Stores the ids that are not stored yet and returns their records, in the order given. The rows of the group's
     * blocks are locked first; a block row that a concurrent batch creates meanwhile with one of the same ids makes
     * this throw {@link #SERIALIZATION} (the caller retries).
     */
    List<ExchangeRecord> insertNew(Connection connection) throws SQLException {
        Set<String> newWhole = insertNewWhole(connection);
        readStoredBits(connection);
        List<Block> adding = new ArrayList<>();
        for (Block b : this.blocks) {
            if ((b.bits & ~b.stored) != 0) {
                adding.add(b);
            }
        }
        long[] freshBits = new long[adding.size()];
        for (int i = 0; i < freshBits.length; i++) {
            freshBits[i] = adding.get(i).bits & ~adding.get(i).stored;
        }
        int written = upsert(connection, adding, freshBits);
        if (written != adding.size()) {
            throw new SQLException("a concurrent batch stored ids of a new block", SERIALIZATION);
        }
        List<ExchangeRecord> fresh = new ArrayList<>(this.records.size());
        for (int i = 0; i < this.records.size(); i++) {
            ExchangeRecord r = this.records.get(i);
            Block b = this.blockOf[i];
            if (b == null ? newWhole.contains(r.month() + "|" + r.id()) : (b.stored & this.bitOf[i]) == 0) {
                fresh.add(r);
            }
        }
        return fresh;
    }

    /** The path for whole ids when some are stored: insert what is new, skipping (or waiting for) the rest. */
    private Set<String> insertNewWhole(Connection connection) throws SQLException {
        Set<String> inserted = new HashSet<>();
        if (this.whole.isEmpty()) {
            return inserted;
        }
        int[] months = new int[this.whole.size()];
        String[] ids = new String[this.whole.size()];
        for (int i = 0; i < this.whole.size(); i++) {
            months[i] = this.whole.get(i).month();
            ids[i] = this.whole.get(i).id();
        }
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
        return inserted;
    }

    /** Reads (and locks) the stored bits of the group's blocks that have a row. */
    private void readStoredBits(Connection connection) throws SQLException {
        for (Block b : this.blocks) {
            b.stored = 0;
        }
        if (this.blocks.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(STORED_BLOCKS)) {
            setKeys(connection, select, this.blocks);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    this.blocks.get(rs.getInt(1) - 1).stored = rs.getLong(2);
                }
            }
        }
    }

    /**
     * Writes {@code bits} into the blocks' rows, adding to a row only when it has none of them; returns the rows
     * written.
     */
    private static int upsert(Connection connection, List<Block> blocks, long[] bits) throws SQLException {
        if (blocks.isEmpty()) {
            return 0;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_BLOCKS)) {
            setKeys(connection, upsert, blocks);
            upsert.setArray(5, connection.unwrap(PgConnection.class).createArrayOf("int8", (Object) bits));
            return upsert.executeUpdate();
        }
    }

    private static void setKeys(Connection connection, PreparedStatement statement, List<Block> blocks)
            throws SQLException {
        int[] months = new int[blocks.size()];
        String[] prefixes = new String[blocks.size()];
        int[] widths = new int[blocks.size()];
        long[] numbers = new long[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            months[i] = b.month;
            prefixes[i] = b.prefix;
            widths[i] = b.width;
            numbers[i] = b.block;
        }
        PgConnection pg = connection.unwrap(PgConnection.class);
        statement.setArray(1, pg.createArrayOf("int4", (Object) months));
        statement.setArray(2, pg.createArrayOf("varchar", (Object) prefixes));
        statement.setArray(3, pg.createArrayOf("int4", (Object) widths));
        statement.setArray(4, pg.createArrayOf("int8", (Object) numbers));
    }
}
