package io.govshare.catalog.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.domain.LedgerChange;
import io.govshare.catalog.domain.LedgerStatus;

/** One recorded change of a unit's status. */
@Schema(description = "A recorded one-ledger change")
public record LedgerChangeView(
        LedgerStatus status,
        LocalDate effectiveDate,
        @Schema(nullable = true) LocalDate plannedDate,
        @Schema(nullable = true) String note,
        OffsetDateTime recordedAt,
        String recordedBy) {

    static LedgerChangeView from(LedgerChange change) {
        return new LedgerChangeView(
                change.status(),
                change.effectiveDate(),
                change.plannedDate(),
                change.note(),
                change.recordedAt(),
                change.recordedBy());
    }
}
