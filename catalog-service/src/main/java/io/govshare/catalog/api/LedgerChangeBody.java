package io.govshare.catalog.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.domain.LedgerStatus;
import io.govshare.catalog.service.LedgerChangeData;

/** A change of a unit's one-ledger status. */
@Schema(description = "A one-ledger status change")
public record LedgerChangeBody(
        @NotNull LedgerStatus status,

        @Schema(description = "The day the change takes effect; default today (platform time zone)")
        LocalDate effectiveDate,

        @Schema(description = "The planned confirmation date; required for SCHEDULED")
        LocalDate plannedDate,

        @Size(max = 1000) String note) {

    LedgerChangeData toData() {
        return new LedgerChangeData(status, effectiveDate, plannedDate, note);
    }
}
