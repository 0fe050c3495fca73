package io.govshare.request.domain;

/**
 * Through which channel a request goes (docs/architecture.md §5): the provincial platform, or the national-data zone
 * (国家数据直达基层专区) when the provider is a national ministry.
 */
public enum Channel {
    PROVINCIAL,
    NATIONAL_ZONE;

    public static Channel forProviderLevel(Level providerLevel) {
        return providerLevel == Level.NATIONAL ? NATIONAL_ZONE : PROVINCIAL;
    }
}
