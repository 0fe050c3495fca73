package io.govshare.request.persistence;

import java.time.OffsetDateTime;

import io.govshare.request.domain.ShareRequestStatus;

/**
 * The filters of the request list (null = any): status, parties, submission window, overdue, and the organization
 * whose requests alone are visible ({@code null} for the platform admin).
 */
public record RequestSearch(
        ShareRequestStatus status,
        String applicantOrg,
        String providerOrg,
        OffsetDateTime submittedFrom,
        OffsetDateTime submittedBefore,
        Boolean overdue,
        String visibleToOrg,
        OffsetDateTime now) {}
