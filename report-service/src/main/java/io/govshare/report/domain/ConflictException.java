package io.govshare.report.domain;

/** A request that clashes with what is stored (a version built concurrently, a version already published); answered 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field that clashes, or {@code null} when the conflict is not about one field. */
    public String field() {
        return this.field;
    }
}
