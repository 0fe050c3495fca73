package io.govshare.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.persistence.RegionEntity;

/** A region as the API shows it. */
@Schema(description = "A prefecture-level division (市州)")
public record RegionView(String code, String name) {

    static RegionView from(RegionEntity region) {
        return new RegionView(region.code, region.name);
    }
}
