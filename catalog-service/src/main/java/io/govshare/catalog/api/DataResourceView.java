package io.govshare.catalog.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.domain.OpenType;
import io.govshare.catalog.domain.ResourceItem;
import io.govshare.catalog.domain.SharingType;
import io.govshare.catalog.domain.UpdateFrequency;
import io.govshare.catalog.persistence.DataResourceEntity;

/** A data resource as the API shows it. */
@Schema(description = "A data resource (数据资源)")
public record DataResourceView(
        String code,
        String name,
        String providerOrg,
        SharingType sharingType,
        OpenType openType,
        UpdateFrequency updateFrequency,
        List<ResourceItem> items,
        @Schema(nullable = true) String description) {

    static DataResourceView from(DataResourceEntity resource) {
        return new DataResourceView(
                resource.code,
                resource.name,
                resource.providerOrg,
                resource.sharingType,
                resource.openType,
                resource.updateFrequency,
                resource.items,
                resource.description);
    }
}
