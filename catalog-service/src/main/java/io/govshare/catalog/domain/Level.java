package io.govshare.catalog.domain;

/** Administrative level of an organization (docs/architecture.md §3). */
public enum Level {
    /** A ministry (所属部委). */
    NATIONAL,
    /** A provincial department (省直部门). */
    PROVINCIAL,
    /** A city or prefecture body; carries the region of its prefecture. */
    PREFECTURE,
    /** A county body; carries the region of its prefecture. */
    COUNTY;

    /** City and county bodies belong to a region (市州); ministries and provincial departments do not. */
    public boolean hasRegion() {
        return this == PREFECTURE || this == COUNTY;
    }
}
