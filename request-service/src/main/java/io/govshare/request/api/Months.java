package io.govshare.request.api;

import java.time.YearMonth;

import io.govshare.request.domain.InvalidInputException;

/** Month parameters that the statistics cannot do without. */
final class Months {

    private Months() {}

    static YearMonth required(String name, YearMonth month) {
        if (month == null) {
            throw new InvalidInputException(name, "is required: a month YYYY-MM");
        }
        return month;
    }
}
