package io.govshare.report.domain;

import java.util.List;

/** Applications for national data through the national-data zone, cumulative up to a month (DESIGN §7). */
public record NationalApplications(String until, long total, List<Applicant> organizations) {

    public NationalApplications {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }

    /** One applicant organization and its number of applications. */
    public record Applicant(String orgCode, String orgName, long count) {}
}
