package io.govshare.exchange.domain;

/** A prefecture-level division (市州) of the catalog. */
public record Region(String code, String name) {}
