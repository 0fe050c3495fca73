package io.govshare.catalog.domain;

/** How often a resource's data is updated (DESIGN §3). */
public enum UpdateFrequency {
    REALTIME,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY,
    IRREGULAR
}
