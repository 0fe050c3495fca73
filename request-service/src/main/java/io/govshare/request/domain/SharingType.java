package io.govshare.request.domain;

/** How a resource may be shared (DESIGN §3); it decides how a submission starts. */
public enum SharingType {
    UNCONDITIONAL,
    CONDITIONAL,
    NOT_SHAREABLE
}
