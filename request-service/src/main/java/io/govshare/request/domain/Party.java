package io.govshare.request.domain;

/** Which side of a request takes an action: the applicant's users, the provider's users, or the platform itself. */
public enum Party {
    APPLICANT,
    PROVIDER,
    SYSTEM
}
