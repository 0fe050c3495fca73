package io.govshare.common.input;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.InvalidInputException;

/** Months are {@code YYYY-MM} between 1970-01 and 9999-12 (docs/api.md); nothing else is read as a month. */
public final class Months {

    public static final YearMonth MIN = YearMonth.of(1970, 1);
    public static final YearMonth MAX = YearMonth.of(9999, 12);

    /** For OpenAPI and Bean Validation. */
    public static final String PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private Months() {}

    /** Parses a month, naming the field when it is not one. */
    public static YearMonth parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidInputException(field, CommonMessages.REQUIRED);
        }
        if (text.length() != 7 || !SHAPE.matcher(text).matches()) {
            throw new InvalidInputException(field, CommonMessages.MONTH);
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, CommonMessages.MONTH);
        }
        return check(field, month);
    }

    /** Refuses a month outside [1970-01, 9999-12]. */
    public static YearMonth check(String field, YearMonth month) {
        if (month != null && (month.isBefore(MIN) || month.isAfter(MAX))) {
            throw new InvalidInputException(field, CommonMessages.MONTH_RANGE, MIN, MAX);
        }
        return month;
    }

    /** A month that must be given. */
    public static YearMonth required(String field, YearMonth month) {
        if (month == null) {
            throw new InvalidInputException(field, CommonMessages.MONTH);
        }
        return month;
    }
}
