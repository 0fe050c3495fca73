package io.govshare.report.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Section 二 of the report: applications for national data and the recommended national resources. */
@Schema(name = "ReportNationalFigures", description = "Section 二: national data (国家数据共享情况)")
public record NationalFigures(NationalApplications applications, Recommendations recommendations) {}
