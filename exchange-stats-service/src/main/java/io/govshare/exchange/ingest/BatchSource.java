package io.govshare.exchange.ingest;

import java.util.function.Consumer;

import io.govshare.exchange.domain.BatchTally;
import io.govshare.exchange.domain.RecordDraft;

/**
 * A posted batch that can be read into drafts, one record at a time, as often as needed: the drafts are checked as
 * they are read and never kept, so a batch of 100,000 records holds only its body and its checked records.
 */
@FunctionalInterface
public interface BatchSource {

    /**
     * Reads the batch, handing every readable record to {@code sink} in order, and telling {@code tally} of every
     * record and of every one that cannot be read at all.
     *
     * @throws io.govshare.exchange.domain.BatchTooLargeException at the first record beyond the tally's maximum
     * @throws io.govshare.exchange.domain.MalformedBatchException when the body as a whole cannot be read
     */
    void read(Consumer<RecordDraft> sink, BatchTally tally);
}
