package io.govshare.request.domain;

import io.govshare.common.error.MessageKey;
import io.govshare.common.error.Text;

/** An imported history that the state machine does not accept; the import reports it for that item. */
public class InvalidHistoryException extends RuntimeException {

    private final String field;
    private final transient Text reason;

    public InvalidHistoryException(String field, Text reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public InvalidHistoryException(String field, MessageKey reason, Object... args) {
        this(field, Text.of(reason, args));
    }

    /** Where in the item the problem is, e.g. {@code events[2].at}. */
    public String field() {
        return this.field;
    }

    /** Why, in either language. */
    public Text reason() {
        return this.reason;
    }
}
