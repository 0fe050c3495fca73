package io.govshare.request.domain;

/** The level of an organization as the catalog states it (DESIGN §2). */
public enum Level {
    NATIONAL,
    PROVINCIAL,
    PREFECTURE,
    COUNTY
}
