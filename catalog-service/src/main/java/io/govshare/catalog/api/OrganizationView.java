package io.govshare.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.domain.Level;
import io.govshare.catalog.persistence.OrganizationEntity;

/** An organization as the API shows it. */
@Schema(description = "An organization")
public record OrganizationView(
        String code,
        String name,
        @Schema(nullable = true) String shortName,
        Level level,
        @Schema(nullable = true) String regionCode,
        boolean active) {

    static OrganizationView from(OrganizationEntity org) {
        return new OrganizationView(org.code, org.name, org.shortName, org.level, org.regionCode, org.active);
    }
}
