package io.govshare.report;

import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

/** Months that no other test uses, so that every test builds its own reports (the test database keeps them). */
public final class Months {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Months() {}

    /** A fresh month from 2101-01 on; its month before has no data unless a test serves some. */
    public static YearMonth fresh() {
        return YearMonth.of(2101, 1).plusMonths(2L * SEQUENCE.getAndIncrement());
    }
}
