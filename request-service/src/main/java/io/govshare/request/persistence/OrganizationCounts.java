package io.govshare.request.persistence;

/** One organization's requests of a month, counted as applicant and as provider. */
public record OrganizationCounts(MonthCounts asApplicant, MonthCounts asProvider) {}
