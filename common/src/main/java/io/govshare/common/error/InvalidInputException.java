package io.govshare.common.error;

import java.util.List;

/** Input that is well-formed but breaks a rule: 400 {@code validation}, naming each field in {@code errors}. */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(List<FieldError> errors) {
        super(ProblemType.VALIDATION, 400, summary(errors), errors);
    }

    public InvalidInputException(String field, MessageKey message, Object... args) {
        this(List.of(FieldError.of(field, message, args)));
    }

    public InvalidInputException(String field, Text message) {
        this(List.of(FieldError.of(field, message)));
    }

    private static Text summary(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError only = errors.get(0);
            return Text.of(CommonMessages.INVALID_INPUT, only.field(), only.message());
        }
        if (errors.isEmpty()) {
            return Text.of(CommonMessages.INVALID_FIELDS, 0, "", "");
        }
        FieldError first = errors.get(0);
        return Text.of(CommonMessages.INVALID_FIELDS, errors.size(), first.field(), first.message());
    }
}
