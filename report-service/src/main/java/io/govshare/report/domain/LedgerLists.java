package io.govshare.report.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one-ledger units of the report's section 五, by status, each list in the catalog's order. */
@Schema(name = "ReportLedgerLists", description = "The one-ledger units by status (政务数据“一本账”)")
public record LedgerLists(String asOf, List<String> completed, List<String> inProgress, List<String> scheduled) {

    public LedgerLists {
        completed = List.copyOf(completed);
        inProgress = List.copyOf(inProgress);
        scheduled = List.copyOf(scheduled);
    }

    /** Groups the units (already ordered by status, date reached, code) into the three lists the report names. */
    public static LedgerLists of(String asOf, List<LedgerUnit> units) {
        return new LedgerLists(
                asOf,
                names(units, LedgerUnit.COMPLETED),
                names(units, LedgerUnit.IN_PROGRESS),
                names(units, LedgerUnit.SCHEDULED));
    }

    private static List<String> names(List<LedgerUnit> units, String status) {
        return units.stream()
                .filter(u -> status.equals(u.status()))
                .map(LedgerUnit::displayName)
                .toList();
    }
}
