package io.govshare.exchange.domain;

/** A service this one depends on (catalog-service, the database) failed; answered 503 and nothing is stored. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
