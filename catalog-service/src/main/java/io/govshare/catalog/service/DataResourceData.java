package io.govshare.catalog.service;

import java.util.List;

import io.govshare.catalog.domain.OpenType;
import io.govshare.catalog.domain.ResourceItem;
import io.govshare.catalog.domain.SharingType;
import io.govshare.catalog.domain.UpdateFrequency;

/** What a caller may set on a data resource. */
public record DataResourceData(
        String code,
        String name,
        String providerOrg,
        SharingType sharingType,
        OpenType openType,
        UpdateFrequency updateFrequency,
        List<ResourceItem> items,
        String description) {}
