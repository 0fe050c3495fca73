package io.govshare.exchange.domain;

/** A body that cannot be read as a batch at all (not a JSON array, no CSV header …); answered 400. */
public class MalformedBatchException extends RuntimeException {

    public MalformedBatchException(String message) {
        super(message);
    }
}
