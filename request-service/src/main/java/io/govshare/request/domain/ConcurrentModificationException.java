package io.govshare.request.domain;

/**
 * The request changed since the caller read it: its {@code If-Match} version is stale, or another action was stored
 * first. Answered 409 so that no update is lost.
 */
public class ConcurrentModificationException extends RuntimeException {

    private final Long currentVersion;

    public ConcurrentModificationException(String message, Long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    /** The version now stored, when known. */
    public Long currentVersion() {
        return this.currentVersion;
    }
}
