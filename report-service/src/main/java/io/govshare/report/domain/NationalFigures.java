package io.govshare.report.domain;

/** Section 二 of the report: applications for national data and the recommended national resources. */
public record NationalFigures(NationalApplications applications, Recommendations recommendations) {}
