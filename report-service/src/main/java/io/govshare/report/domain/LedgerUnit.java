package io.govshare.report.domain;

import java.time.LocalDate;

/** A unit's one-ledger (一本账) status as of a day, as catalog-service answers it. */
public record LedgerUnit(
        String orgCode, String orgName, String orgShortName, String status, LocalDate since, LocalDate plannedDate) {

    public static final String COMPLETED = "COMPLETED";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String SCHEDULED = "SCHEDULED";

    /** The name the report prints: the short name where the unit has one (省人社厅), else the full name. */
    public String displayName() {
        return this.orgShortName != null && !this.orgShortName.isBlank() ? this.orgShortName : this.orgName;
    }
}
