package io.govshare.request.domain;

/** One event of an imported history, as the former platform wrote it (DESIGN §11); checked by {@link HistoryReplay}. */
public record HistoryEvent(String action, String at, String actor, String comment) {}
