package io.govshare.exchange.service;

/** The outcome of a stored batch: records received, newly stored, and already stored before (or twice in the batch). */
public record IngestResult(int received, int stored, int duplicates) {}
