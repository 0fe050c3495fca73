package io.govshare.report.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of a ranking by calls: an organization (表3-2, 表3-3) or a region (表4-1, 表4-2). Organizations come as
 * {@code orgCode/orgName}, regions as {@code regionCode/regionName}; both are read into {@code code/name}.
 */
@Schema(name = "ReportRankedCalls", description = "A row of a ranking by calls (排名)")
public record RankedCalls(int rank, String code, String name, long calls) {}
