package io.govshare.report.domain;

import java.util.List;

/** Input that is well-formed but breaks a rule of the report; answered 400 naming each field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "invalid input"
                        : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return this.errors;
    }
}
