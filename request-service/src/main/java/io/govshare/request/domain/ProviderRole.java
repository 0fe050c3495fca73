package io.govshare.request.domain;

import java.util.Optional;

import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;

/** The check both provider policies share: the caller belongs to the provider and holds the node's role. */
final class ProviderRole {

    private ProviderRole() {}

    static Optional<Text> refusal(
            Caller caller, Parties parties, String role, ShareRequestAction action, ShareRequestStatus current) {
        RequestMessages verb = RequestMessages.verb(action);
        if (!caller.belongsTo(parties.providerOrg())) {
            return Optional.of(Text.of(RequestMessages.ONLY_PROVIDER, parties.providerOrg(), verb));
        }
        if (!caller.has(role)) {
            return Optional.of(Text.of(RequestMessages.PROVIDER_NEEDS_ROLE, verb, current, role));
        }
        return Optional.empty();
    }
}
