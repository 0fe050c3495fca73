package io.govshare.catalog.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One recorded change of a unit's status, effective from {@code effectiveDate}. */
public record LedgerChange(
        String orgCode,
        LedgerStatus status,
        LocalDate effectiveDate,
        LocalDate plannedDate,
        String note,
        OffsetDateTime recordedAt,
        String recordedBy) {

    /** True when this change says the same as {@code other} (a repeated PUT). */
    public boolean sameAs(LedgerStatus status, LocalDate effectiveDate, LocalDate plannedDate) {
        return this.status == status
                && this.effectiveDate.equals(effectiveDate)
                && Objects.equals(this.plannedDate, plannedDate);
    }
}
