package io.govshare.catalog.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of catalog-service. */
@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    /** The platform time zone: "today" for the ledger is a day in this zone. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();
}
