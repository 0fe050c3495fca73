package io.govshare.exchange.domain;

/** An organization as the catalog describes it (docs/architecture.md §3); {@code level} is null for a level this service does not know. */
public record Organization(String code, String name, Level level, String regionCode, boolean active) {}
