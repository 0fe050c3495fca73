package io.govshare.report.domain;

/** The level of an organization (DESIGN §2); PREFECTURE and COUNTY together are the report's "市州". */
public enum Level {
    NATIONAL,
    PROVINCIAL,
    PREFECTURE,
    COUNTY
}
