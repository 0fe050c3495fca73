package io.govshare.request.service;

import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * National-zone applications up to the end of a month, per applicant (docs/statistics.md, "National-data applications
 * up to month M" 国家数据申请情况).
 */
@Schema(
        name = "NationalApplications",
        description = "Applications through the national-data zone up to a month (国家数据申请情况)",
        requiredProperties = {"until", "total", "organizationCount", "organizations"})
public record NationalApplications(
        YearMonth until,
        @Schema(example = "196") long total,
        @Schema(example = "6") int organizationCount,

        @Schema(description = "Most applications first, ties by code")
        List<Applicant> organizations) {

    /** One applicant organization and its number of applications. */
    @Schema(
            name = "NationalApplicant",
            requiredProperties = {"orgCode", "count"})
    public record Applicant(
            @Schema(example = "gz.zwfwzx") String orgCode,
            @Schema(nullable = true, example = "省政务服务中心") String orgName,
            @Schema(example = "74") long count) {}
}
