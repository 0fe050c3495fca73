package io.govshare.exchange.domain;

import java.util.List;

/** Input that is well-formed but breaks a rule; answered 400 naming each field (and record) at fault. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(List<FieldError> errors) {
        this(
                errors.isEmpty()
                        ? "invalid input"
                        : errors.get(0).field() + ": " + errors.get(0).message(),
                errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return this.errors;
    }
}
