package io.govshare.common.error;

/**
 * Someone else changed the object between the caller's read and write: 409 {@code concurrent-modification}; the
 * caller reads it again and retries. With the version now stored as {@code currentVersion} when it is known.
 */
public class ConcurrentModificationException extends ProblemException {

    public ConcurrentModificationException(Text detail) {
        super(ProblemType.CONCURRENT_MODIFICATION, detail);
    }

    public ConcurrentModificationException() {
        this(Text.of(CommonMessages.CHANGED_CONCURRENTLY));
    }

    /** The version now stored, as the extension member {@code currentVersion}. */
    public ConcurrentModificationException currentVersion(long version) {
        with("currentVersion", version);
        return this;
    }
}
