package io.govshare.request.domain;

/** An import batch with more items than the configured limit; answered 413 and nothing is stored. */
public class BatchTooLargeException extends RuntimeException {

    public BatchTooLargeException(int size, int limit) {
        super("an import takes at most " + limit + " items; this one has " + size + ": split it into batches");
    }
}
