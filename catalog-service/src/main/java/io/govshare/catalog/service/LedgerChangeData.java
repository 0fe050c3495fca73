package io.govshare.catalog.service;

import java.time.LocalDate;

import io.govshare.catalog.domain.LedgerStatus;

/** A change to record: {@code effectiveDate} null means today in the platform time zone. */
public record LedgerChangeData(LedgerStatus status, LocalDate effectiveDate, LocalDate plannedDate, String note) {}
