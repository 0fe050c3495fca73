package io.govshare.request.domain;

/** A request that clashes with what is stored (a request resubmitted twice, an externalId with another history); answered 409. */
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
