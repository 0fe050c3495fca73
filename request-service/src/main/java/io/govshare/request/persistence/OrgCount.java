package io.govshare.request.persistence;

/** A number of requests of one organization. */
public record OrgCount(String orgCode, long count) {}
