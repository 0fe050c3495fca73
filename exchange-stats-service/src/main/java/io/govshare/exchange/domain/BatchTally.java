package io.govshare.exchange.domain;

import java.util.ArrayList;
import java.util.List;

import io.govshare.common.error.FieldError;
import io.govshare.common.error.MessageKey;
import io.govshare.common.error.Text;

/**
 * What one reading of a batch found besides its good records: how many records it held (at most
 * {@code maxRecords}), how many of them are invalid, and their errors in the order of the batch. Only the first
 * {@value #MAX_LISTED_ERRORS} errors are kept; the others are counted, so that a batch of 100,000 bad records is
 * refused with a short answer (docs/api.md, "Errors").
 */
public final class BatchTally {

    /** The most errors a refused batch lists. */
    public static final int MAX_LISTED_ERRORS = 1000;

    private final int maxRecords;
    private final List<FieldError> listed = new ArrayList<>();
    private int received;
    private long errors;
    private int invalidRecords;
    private RecordLocation lastInvalid;

    public BatchTally(int maxRecords) {
        this.maxRecords = maxRecords;
    }

    /** Counts one more record of the batch; a record beyond the maximum refuses the batch at once. */
    public void record() {
        if (++this.received > this.maxRecords) {
            this.received = this.maxRecords;
            throw new BatchTooLargeException(this.maxRecords);
        }
    }

    /** One broken rule of the record at {@code at}; records are reported in batch order. */
    public void error(RecordLocation at, String field, MessageKey message, Object... args) {
        this.errors++;
        if (!at.equals(this.lastInvalid)) {
            this.invalidRecords++;
            this.lastInvalid = at;
        }
        if (this.listed.size() < MAX_LISTED_ERRORS) {
            this.listed.add(at.error(field, Text.of(message, args)));
        }
    }

    public boolean hasErrors() {
        return this.errors > 0;
    }

    /** The errors listed so far (the first {@value #MAX_LISTED_ERRORS}). */
    public List<FieldError> errors() {
        return List.copyOf(this.listed);
    }

    /** The records read so far. */
    public int received() {
        return this.received;
    }

    /** The refusal of the batch, listing the first errors; call it only when {@link #hasErrors()}. */
    public InvalidBatchException refusal() {
        return new InvalidBatchException(this.invalidRecords, this.received, this.errors, this.listed);
    }
}
