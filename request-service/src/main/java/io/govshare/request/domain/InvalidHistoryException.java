package io.govshare.request.domain;

/** An imported history that the state machine does not accept; the import reports it for that item. */
public class InvalidHistoryException extends RuntimeException {

    private final String field;

    public InvalidHistoryException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** Where in the item the problem is, e.g. {@code events[2].at}. */
    public String field() {
        return this.field;
    }
}
