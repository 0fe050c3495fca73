package io.govshare.catalog.service;

import io.govshare.catalog.domain.Level;

/** The organization a caller's {@code org} claim names, with its region's name when it has one. */
public record CallerOrganization(String code, String name, Level level, String regionCode, String regionName) {}
