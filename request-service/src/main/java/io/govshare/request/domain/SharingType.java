package io.govshare.request.domain;

/** How a resource may be shared (docs/architecture.md §4); it decides how a submission starts. */
public enum SharingType {
    UNCONDITIONAL,
    CONDITIONAL,
    NOT_SHAREABLE
}
