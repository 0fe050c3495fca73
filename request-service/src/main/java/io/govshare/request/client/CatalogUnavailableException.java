package io.govshare.request.client;

/** The catalog could not be asked (down, slow, refusing our token, or answering nonsense); answered 503. */
public class CatalogUnavailableException extends RuntimeException {

    public CatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
