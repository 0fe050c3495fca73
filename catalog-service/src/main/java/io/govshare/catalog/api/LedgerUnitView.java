package io.govshare.catalog.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.domain.LedgerStatus;
import io.govshare.catalog.service.LedgerUnit;

/** A unit's one-ledger state on the asked day. */
@Schema(description = "A unit's one-ledger status as of a day")
public record LedgerUnitView(
        String orgCode,
        String orgName,

        @Schema(nullable = true, description = "The organization's short name, where it has one")
        String orgShortName,

        LedgerStatus status,

        @Schema(description = "The day the unit reached this status")
        LocalDate since,

        @Schema(nullable = true, description = "For SCHEDULED: the planned day")
        LocalDate plannedDate) {

    static LedgerUnitView from(LedgerUnit unit) {
        return new LedgerUnitView(
                unit.orgCode(), unit.orgName(), unit.orgShortName(), unit.status(), unit.since(), unit.plannedDate());
    }
}
