package io.govshare.request.persistence;

/** The requests submitted in a month, counted by their status at the end of the month (docs/statistics.md). */
public record MonthCounts(
        long submitted,
        long withdrawn,
        long pending,
        long unconditional,
        long signed,
        long rejectedAtAccept,
        long rejectedAtReview,
        long rejectedAtSign) {

    /** No request at all. */
    public static final MonthCounts NONE = new MonthCounts(0, 0, 0, 0, 0, 0, 0, 0);
}
