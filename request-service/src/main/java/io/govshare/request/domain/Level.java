package io.govshare.request.domain;

/** The level of an organization as the catalog states it (docs/architecture.md §3). */
public enum Level {
    NATIONAL,
    PROVINCIAL,
    PREFECTURE,
    COUNTY
}
