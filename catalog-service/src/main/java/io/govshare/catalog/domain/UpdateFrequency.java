package io.govshare.catalog.domain;

/** How often a resource's data is updated (docs/architecture.md §4). */
public enum UpdateFrequency {
    REALTIME,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY,
    IRREGULAR
}
