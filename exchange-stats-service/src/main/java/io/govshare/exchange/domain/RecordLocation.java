package io.govshare.exchange.domain;

import io.govshare.common.error.FieldError;
import io.govshare.common.error.Text;

/** Where a record stands in its batch: a line of a CSV or NDJSON body, or an index of a JSON array. */
public record RecordLocation(Integer line, Integer index) implements Comparable<RecordLocation> {

    public static RecordLocation line(int line) {
        return new RecordLocation(line, null);
    }

    public static RecordLocation index(int index) {
        return new RecordLocation(null, index);
    }

    /** The error of one field of the record at this location ({@code [3].calls} in a JSON array, else {@code calls}). */
    public FieldError error(String field, Text message) {
        String path = this.index != null ? "[" + this.index + "]" + (field.isEmpty() ? "" : "." + field) : field;
        return new FieldError(
                path.isEmpty() ? "record" : path,
                message,
                this.line == null ? null : this.line.longValue(),
                this.index);
    }

    private int position() {
        return this.line != null ? this.line : this.index;
    }

    @Override
    public int compareTo(RecordLocation other) {
        return Integer.compare(position(), other.position());
    }
}
