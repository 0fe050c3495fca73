package io.govshare.exchange.service;

import java.util.List;
import java.util.function.Consumer;

import io.govshare.exchange.domain.FieldError;
import io.govshare.exchange.domain.RecordDraft;

/**
 * A posted batch that can be read into drafts, one record at a time, as often as needed: the drafts are checked as
 * they are read and never kept, so a batch of 100,000 records holds only its body and its checked records.
 */
@FunctionalInterface
public interface BatchSource {

    /**
     * Reads the batch, handing every readable record to {@code sink} in order.
     *
     * @return the records that could not be read at all, and how many records the batch held
     */
    Read read(Consumer<RecordDraft> sink);

    /** What a reading found besides the drafts. */
    record Read(List<FieldError> unreadable, int received) {}
}
