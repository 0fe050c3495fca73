package io.govshare.catalog.service;

import java.time.LocalDate;

import io.govshare.catalog.domain.LedgerStatus;

/** A unit's one-ledger state on a day, with the names a reader sees. */
public record LedgerUnit(
        String orgCode,
        String orgName,
        String orgShortName,
        LedgerStatus status,
        LocalDate since,
        LocalDate plannedDate) {}
