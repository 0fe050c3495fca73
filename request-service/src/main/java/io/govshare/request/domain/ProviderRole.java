package io.govshare.request.domain;

import java.util.Locale;
import java.util.Optional;

/** The check both provider policies share: the caller belongs to the provider and holds the node's role. */
final class ProviderRole {

    private ProviderRole() {}

    static Optional<String> refusal(
            Caller caller, Parties parties, String role, ShareRequestAction action, ShareRequestStatus current) {
        String verb = action.name().toLowerCase(Locale.ROOT);
        if (!caller.belongsTo(parties.providerOrg())) {
            return Optional.of("only the provider '" + parties.providerOrg() + "' may " + verb + " this request");
        }
        if (!caller.hasRole(role)) {
            return Optional.of(verb + " on a " + current + " request needs the role " + role);
        }
        return Optional.empty();
    }
}
