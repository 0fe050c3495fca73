package io.govshare.report.domain;

/** The level of an organization (docs/architecture.md §3); PREFECTURE and COUNTY together are the report's "市州". */
public enum Level {
    NATIONAL,
    PROVINCIAL,
    PREFECTURE,
    COUNTY
}
