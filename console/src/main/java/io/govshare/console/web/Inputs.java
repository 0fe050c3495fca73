package io.govshare.console.web;

import java.time.YearMonth;

import io.govshare.common.input.Codes;
import io.govshare.common.input.Dates;
import io.govshare.common.input.Months;
import io.govshare.common.input.Uuids;

/** The console's own checks of what arrives in a page's address, before anything is asked of a service. */
final class Inputs {

    private Inputs() {}

    /** The month of a page: the given one, or the last complete month when none is given. */
    static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(Formats.zone()).minusMonths(1);
        }
        return Months.parse(field, text.strip());
    }

    /** A page number from 0; anything else is page 0. */
    static int page(String text) {
        try {
            int page = Integer.parseInt(text == null ? "0" : text.strip());
            return Math.max(0, Math.min(page, 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A share request's id (a UUID), refused with 400 otherwise. */
    static String id(String text) {
        return Uuids.parse("id", text).toString();
    }

    /** An organization or resource code, refused with 400 otherwise. */
    static String code(String field, String text) {
        return Codes.check(field, text);
    }

    /** The value when it is one of the allowed ones, else null (an unknown filter is no filter). */
    static String oneOf(java.util.Collection<String> allowed, String value) {
        return value != null && allowed.contains(value) ? value : null;
    }

    /** Blank → null; otherwise stripped. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A date YYYY-MM-DD or null; a bad one is refused naming the field. */
    static String date(String field, String text) {
        String value = optional(text);
        if (value == null) {
            return null;
        }
        return Dates.parse(field, value).toString();
    }
}
