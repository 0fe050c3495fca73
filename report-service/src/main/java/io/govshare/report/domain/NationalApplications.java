package io.govshare.report.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Applications for national data through the national-data zone, cumulative up to a month (docs/statistics.md). */
@Schema(name = "ReportNationalApplications", description = "Applications for national data up to the month (国家数据申请情况)")
public record NationalApplications(String until, long total, List<Applicant> organizations) {

    public NationalApplications {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }

    /** One applicant organization and its number of applications. */
    @Schema(name = "ReportNationalApplicant", description = "An applicant organization (申请部门)")
    public record Applicant(String orgCode, String orgName, long count) {}
}
