package io.govshare.exchange.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, written into a table with one {@code COPY … FROM STDIN}: the
 * cheapest way to append many rows (no SQL text to parse, no per-row round trip). Only the types the exchange tables
 * use: {@code date}, text ({@code varchar}), {@code bigint}, {@code boolean} and null.
 */
final class BinaryCopy {

    private static final byte[] HEADER = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);
    /** Days between 1970-01-01 (Java epoch days) and 2000-01-01 (PostgreSQL binary dates). */
    private static final int PG_EPOCH_DAY = 10_957;

    private byte[] buffer;
    private int size;
    private int rows;

    BinaryCopy(int expectedBytes) {
        this.buffer = new byte[Math.max(64, expectedBytes)];
        put(HEADER);
        putInt(0); // flags
        putInt(0); // header extension length
    }

    /** Starts a row of {@code fields} fields. */
    BinaryCopy row(int fields) {
        ensure(2);
        this.buffer[this.size++] = (byte) (fields >>> 8);
        this.buffer[this.size++] = (byte) fields;
        this.rows++;
        return this;
    }

    /** A {@code date}, given as a Java epoch day. */
    BinaryCopy date(int epochDay) {
        putInt(4);
        putInt(epochDay - PG_EPOCH_DAY);
        return this;
    }

    /** A text or varchar value. */
    BinaryCopy text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length);
        put(bytes);
        return this;
    }

    /** A {@code boolean}. */
    BinaryCopy bool(boolean value) {
        putInt(1);
        ensure(1);
        this.buffer[this.size++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** A null value, of any type. */
    BinaryCopy nul() {
        putInt(-1);
        return this;
    }

    /** A {@code bigint}. */
    BinaryCopy int8(long value) {
        putInt(8);
        putInt((int) (value >>> 32));
        putInt((int) value);
        return this;
    }

    int rows() {
        return this.rows;
    }

    /**
     * Copies the rows into {@code target} ("table (column, …)", in the order the rows give them) in the connection's
     * transaction; called once. Nothing happens when there are no rows.
     */
    void into(Connection connection, String target) throws SQLException {
        if (this.rows == 0) {
            return;
        }
        ensure(2);
        this.buffer[this.size++] = (byte) 0xff; // trailer: field count -1
        this.buffer[this.size++] = (byte) 0xff;
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + target + " FROM STDIN (FORMAT binary)");
        try {
            copy.writeToCopy(this.buffer, 0, this.size);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void putInt(int value) {
        ensure(4);
        this.buffer[this.size++] = (byte) (value >>> 24);
        this.buffer[this.size++] = (byte) (value >>> 16);
        this.buffer[this.size++] = (byte) (value >>> 8);
        this.buffer[this.size++] = (byte) value;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, this.buffer, this.size, bytes.length);
        this.size += bytes.length;
    }

    private void ensure(int more) {
        if (this.size + more > this.buffer.length) {
            this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.size + more));
        }
    }
}
