package io.govshare.exchange.domain;

/**
 * The fields of one record as they came in, before {@link RecordRules} checks them. Any field may be null (absent).
 * {@code calls} is the text of the value ("12", "1.5", "x").
 */
public record RecordDraft(
        RecordLocation location,
        String id,
        String occurredAt,
        String providerOrg,
        String consumerOrg,
        String resourceCode,
        String calls) {}
