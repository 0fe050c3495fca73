package io.govshare.report.api;

import io.quarkus.security.identity.SecurityIdentity;

/** The name recorded for the caller of a build, a content change or a publication (the token's user or client). */
final class Callers {

    private Callers() {}

    static String user(SecurityIdentity identity) {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
