package io.govshare.common.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.InvalidInputException;

/** Dates are {@code YYYY-MM-DD} between 1970-01-01 and 9999-12-31 (docs/api.md). */
public final class Dates {

    public static final LocalDate MIN = LocalDate.of(1970, 1, 1);
    public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

    /** The first instant any GovShare date or time may have. */
    public static final Instant MIN_INSTANT = MIN.atStartOfDay().toInstant(ZoneOffset.UTC);

    private static final Pattern SHAPE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    private Dates() {}

    /** Parses a date, naming the field when it is not one. */
    public static LocalDate parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidInputException(field, CommonMessages.REQUIRED);
        }
        if (!SHAPE.matcher(text).matches()) {
            throw new InvalidInputException(field, CommonMessages.DATE);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, CommonMessages.DATE);
        }
        return check(field, date);
    }

    /** Refuses a date outside [1970-01-01, 9999-12-31]; {@code null} passes. */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && (date.isBefore(MIN) || date.isAfter(MAX))) {
            throw new InvalidInputException(field, CommonMessages.DATE_RANGE, MIN, MAX);
        }
        return date;
    }

    /** Refuses a time before 1970 or after 9999 (a body's date-time member); {@code null} passes. */
    public static OffsetDateTime check(String field, OffsetDateTime time) {
        if (time != null) {
            check(field, time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        }
        return time;
    }
}
