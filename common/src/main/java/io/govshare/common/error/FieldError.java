package io.govshare.common.error;

/**
 * One invalid part of a request: its name (a JSON path such as {@code items[2].name}, a parameter or a header)
 * and why, and for a line-oriented body (an exchange batch) the line and the record's index, else {@code null}.
 */
public record FieldError(String field, Text message, Long line, Integer index) {

    public static FieldError of(String field, MessageKey key, Object... args) {
        return new FieldError(field, Text.of(key, args), null, null);
    }

    public static FieldError of(String field, Text message) {
        return new FieldError(field, message, null, null);
    }
}
