package io.govshare.exchange.domain;

/**
 * A checked exchange record (docs/architecture.md §6). {@code day} is the calendar day of {@code occurredAt} in the platform time
 * zone as an epoch day, {@code month} the epoch day of the first day of its month; {@code resourceCode} is "" when the
 * record names no resource.
 */
public record ExchangeRecord(
        String id, int day, int month, String providerOrg, String consumerOrg, String resourceCode, long calls) {}
