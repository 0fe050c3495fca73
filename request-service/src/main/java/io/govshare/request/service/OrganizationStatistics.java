package io.govshare.request.service;

import java.time.YearMonth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One organization's request figures of a month (docs/statistics.md, "An organization's own request statistics"): its
 * requests as applicant and those it provides, each half satisfying the identities of {@link RequestFigures}.
 */
@Schema(
        name = "OrganizationRequestStatistics",
        description = "An organization's requests of a month, as applicant and as provider (单位申请统计)",
        requiredProperties = {"month", "org", "asApplicant", "asProvider"})
public record OrganizationStatistics(
        YearMonth month,

        @Schema(description = "The organization's code", example = "gz.zwfwzx")
        String org,

        @Schema(description = "The requests it submitted (作为申请方)")
        RequestFigures asApplicant,

        @Schema(description = "The requests addressed to it (作为提供方)")
        RequestFigures asProvider) {}
