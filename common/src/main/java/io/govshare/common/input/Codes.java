package io.govshare.common.input;

import java.util.regex.Pattern;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.InvalidInputException;

/**
 * The stable codes the operator chooses for regions, organizations and resources (docs/architecture.md): 1-64
 * letters, digits, '.', '-' or '_', starting with a letter or digit. Checked before a code is used in a query or
 * sent to another service, so that a bad code is the caller's 400 and never another service's failure.
 */
public final class Codes {

    /** The longest code. */
    public static final int MAX_LENGTH = 64;

    /** For {@code @Pattern(regexp = Codes.PATTERN)} on request bodies. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    /** The message key for Bean Validation ({@code message = Codes.MESSAGE}). */
    public static final String MESSAGE = "{govshare.field.code}";

    private static final Pattern CODE = Pattern.compile(PATTERN);

    private Codes() {}

    public static boolean isValid(String code) {
        return code != null && code.length() <= MAX_LENGTH && CODE.matcher(code).matches();
    }

    /** Refuses anything but a well-formed code (a missing one too), naming the field. */
    public static String check(String field, String code) {
        if (code == null || code.isEmpty()) {
            throw new InvalidInputException(field, CommonMessages.REQUIRED);
        }
        if (!isValid(code)) {
            throw new InvalidInputException(field, CommonMessages.CODE);
        }
        return code;
    }

    /** As {@link #check}, but {@code null} passes (an optional filter). */
    public static String checkOptional(String field, String code) {
        return code == null ? null : check(field, code);
    }
}
