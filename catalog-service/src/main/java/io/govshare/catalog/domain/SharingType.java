package io.govshare.catalog.domain;

/** How a resource may be shared between departments (docs/architecture.md §4). */
public enum SharingType {
    /** 无条件共享: requests are approved on submission. */
    UNCONDITIONAL,
    /** 有条件共享: requests go through the review workflow. */
    CONDITIONAL,
    /** 不予共享: requests are refused. */
    NOT_SHAREABLE
}
