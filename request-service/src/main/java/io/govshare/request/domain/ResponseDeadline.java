package io.govshare.request.domain;

import java.time.Instant;

/**
 * The provider's deadline to respond (accept or reject): a number of working days from submission (10 in Guizhou),
 * counted as working time on {@link WorkingCalendar}, so that a request submitted on a Monday at 10:00 with no
 * holiday in between is due two weeks later at 10:00, and one submitted on a Saturday is due at the end of the tenth
 * working day. The same measure gives the response times of docs/statistics.md, so "overdue" means the same everywhere.
 */
public final class ResponseDeadline {

    private final WorkingCalendar calendar;
    private final int workingDays;

    public ResponseDeadline(WorkingCalendar calendar, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("the response deadline needs at least one working day");
        }
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return this.workingDays;
    }

    public Instant deadlineFor(Instant submittedAt) {
        return this.calendar.plusWorkingDays(submittedAt, this.workingDays);
    }

    /** Seconds of working time from submission to the first response. */
    public long responseSeconds(Instant submittedAt, Instant respondedAt) {
        return this.calendar.workingTimeBetween(submittedAt, respondedAt).toSeconds();
    }

    /**
     * Whether the provider was (or is) late: its first response came after the deadline; or it has not responded
     * and the request still waits for it past the deadline, or was withdrawn after the deadline. Requests approved
     * automatically wait for nobody and are never overdue.
     */
    public static boolean isOverdue(
            ShareRequestStatus status, Instant deadline, Instant respondedAt, Instant statusChangedAt, Instant now) {
        if (respondedAt != null) {
            return respondedAt.isAfter(deadline);
        }
        return switch (status) {
            case SUBMITTED -> now.isAfter(deadline);
            case WITHDRAWN -> statusChangedAt.isAfter(deadline);
            default -> false;
        };
    }
}
