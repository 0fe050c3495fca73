package io.govshare.catalog.service;

import io.govshare.catalog.domain.Level;

/** What a caller may set on an organization. {@code active} null keeps the stored value (true on creation). */
public record OrganizationData(
        String code, String name, String shortName, Level level, String regionCode, Boolean active) {}
