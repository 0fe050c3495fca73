package io.govshare.exchange.domain;

/** A batch with more records than the configured maximum; answered 413 and nothing of it is stored. */
public class BatchTooLargeException extends RuntimeException {

    public BatchTooLargeException(int max) {
        super("a batch holds at most " + max + " records; split it into smaller batches");
    }
}
