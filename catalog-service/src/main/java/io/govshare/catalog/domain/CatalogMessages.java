package io.govshare.catalog.domain;

import io.govshare.common.error.MessageKey;

/** The messages of catalog-service ({@code messages/service*.properties}), in English and Chinese. */
public enum CatalogMessages implements MessageKey {
    REGION("thing.region"),
    ORGANIZATION("thing.organization"),
    RESOURCE("thing.resource"),
    CODE_REQUIRED("code.required"),
    CODE_NOT_PATH("code.not-path"),
    EXISTS("exists"),
    REGION_REQUIRED("organization.region-required"),
    REGION_NOT_ALLOWED("organization.region-not-allowed"),
    UNKNOWN_REGION("organization.unknown-region"),
    UNKNOWN_ORGANIZATION("organization.unknown"),
    DEACTIVATED("organization.deactivated"),
    PROVIDER_ONLY("resource.provider-only"),
    EFFECTIVE_AFTER_TODAY("ledger.effective-after-today"),
    PLANNED_REQUIRED("ledger.planned-required"),
    PLANNED_NOT_ALLOWED("ledger.planned-not-allowed"),
    BEFORE_LATEST("ledger.before-latest"),
    NO_STEP_BACK("ledger.no-step-back"),
    LISTED_TWICE("recommendation.listed-twice"),
    UNKNOWN_RESOURCE("recommendation.unknown-resource"),
    NOT_NATIONAL("recommendation.not-national");

    private final String key;

    CatalogMessages(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return this.key;
    }
}
