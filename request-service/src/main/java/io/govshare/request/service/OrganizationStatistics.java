package io.govshare.request.service;

import java.time.YearMonth;

/**
 * One organization's request figures of a month (docs/statistics.md, "An organization's own request statistics"): its
 * requests as applicant and those it provides, each half satisfying the identities of {@link RequestFigures}.
 */
public record OrganizationStatistics(
        YearMonth month, String org, RequestFigures asApplicant, RequestFigures asProvider) {}
