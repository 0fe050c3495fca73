package io.govshare.catalog.domain;

import java.time.LocalDate;

/** Where a unit stands on a given day: its status, since when, and the planned date if scheduled. */
public record LedgerUnitState(String orgCode, LedgerStatus status, LocalDate since, LocalDate plannedDate) {}
