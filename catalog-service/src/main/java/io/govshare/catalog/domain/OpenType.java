package io.govshare.catalog.domain;

/** Whether a resource is opened to the public (docs/architecture.md §4). */
public enum OpenType {
    /** 无条件开放. */
    OPEN,
    /** 有条件开放. */
    CONDITIONAL_OPEN,
    /** 不予开放. */
    NOT_OPEN
}
