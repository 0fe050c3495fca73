package io.govshare.request.service;

import java.time.YearMonth;
import java.util.Set;

import io.govshare.request.domain.ShareRequestStatus;
import io.govshare.request.persistence.RequestOrder;

/**
 * What a caller asks of the request list (docs/api.md, "List filters"); null or empty means any. {@code actionable}
 * keeps the caller's inbox only; {@code dueWithinDays} the requests still waiting for the provider's response whose
 * deadline falls within that many days from now (overdue ones included).
 */
public record RequestFilter(
        Set<ShareRequestStatus> statuses,
        String applicantOrg,
        String providerOrg,
        YearMonth month,
        Boolean overdue,
        boolean actionable,
        Integer dueWithinDays,
        RequestOrder order) {

    public RequestFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
