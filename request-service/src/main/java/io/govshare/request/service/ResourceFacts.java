package io.govshare.request.service;

import java.util.List;

import io.govshare.request.domain.Channel;
import io.govshare.request.domain.Level;
import io.govshare.request.domain.SharingType;

/** What the catalog says about a requested resource: its provider, the provider's level and the sharing type. */
public record ResourceFacts(
        String code,
        String name,
        String providerOrg,
        Level providerLevel,
        SharingType sharingType,
        List<String> itemNames) {

    public Channel channel() {
        return Channel.forProviderLevel(this.providerLevel);
    }
}
