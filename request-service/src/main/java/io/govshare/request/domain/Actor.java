package io.govshare.request.domain;

/** Who took a step, as the audit trail records it: the user name and the organization acted for. */
public record Actor(String user, String org) {

    /** The platform itself, for automatic steps. */
    public static final Actor PLATFORM = new Actor("system", null);
}
