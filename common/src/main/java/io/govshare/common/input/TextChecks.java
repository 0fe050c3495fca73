package io.govshare.common.input;

import java.util.Optional;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.InvalidInputException;

/**
 * Text that PostgreSQL cannot store or that is not Unicode: the NUL character and lone UTF-16 surrogates. Every
 * JSON string, path and query is checked before it reaches a service, so that such input is the caller's 400.
 */
public final class TextChecks {

    private TextChecks() {}

    /** Why the text is refused, or empty when it is fine. */
    public static Optional<CommonMessages> problem(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of(CommonMessages.NUL);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return Optional.of(CommonMessages.SURROGATE);
                }
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of(CommonMessages.SURROGATE);
            }
        }
        return Optional.empty();
    }

    /** Refuses text with NUL or a lone surrogate, naming the field. */
    public static String check(String field, String text) {
        problem(text).ifPresent(message -> {
            throw new InvalidInputException(field, message);
        });
        return text;
    }

    /** As {@link #check(String, String)}, and at most {@code maxLength} characters. */
    public static String check(String field, String text, int maxLength) {
        check(field, text);
        if (text != null && text.length() > maxLength) {
            throw new InvalidInputException(field, CommonMessages.TOO_LONG, maxLength);
        }
        return text;
    }
}
