package io.govshare.request.service;

import java.time.YearMonth;
import java.util.List;

/** National-zone applications up to the end of a month, per applicant (DESIGN §7). */
public record NationalApplications(YearMonth until, long total, int organizationCount, List<Applicant> organizations) {

    /** One applicant organization and its number of applications. */
    public record Applicant(String orgCode, String orgName, long count) {}
}
