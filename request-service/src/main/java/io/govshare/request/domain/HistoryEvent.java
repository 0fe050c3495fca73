package io.govshare.request.domain;

/** One event of an imported history, as the former platform wrote it (docs/api.md); checked by {@link HistoryReplay}. */
public record HistoryEvent(String action, String at, String actor, String comment) {}
