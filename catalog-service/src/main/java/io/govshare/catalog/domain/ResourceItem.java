package io.govshare.catalog.domain;

/** One data item (信息项) of a resource. */
public record ResourceItem(String name, String description) {}
