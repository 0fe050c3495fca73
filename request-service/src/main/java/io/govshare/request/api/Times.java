package io.govshare.request.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times are shown in the platform zone (e.g. {@code 2023-10-09T10:15:00+08:00}), whatever the database keeps. */
final class Times {

    private Times() {}

    static OffsetDateTime local(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
