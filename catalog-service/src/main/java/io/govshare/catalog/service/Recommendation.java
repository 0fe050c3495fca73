package io.govshare.catalog.service;

/** One recommended national resource of a month, with the names a reader sees. */
public record Recommendation(
        int rank, String resourceCode, String resourceName, String ministryCode, String ministry) {}
