package io.govshare.catalog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.govshare.common.error.Text;

/**
 * The one-ledger rules (docs/architecture.md §4, docs/statistics.md): the state of every unit as of a day, and whether a new change may be
 * recorded. Changes are given in the order they were recorded.
 */
public final class LedgerTimeline {

    private LedgerTimeline() {}

    /**
     * The status of each unit as of {@code day}: changes dated after it are not seen. Ordered by status (most
     * advanced first), then the date the unit reached it, then code.
     */
    public static List<LedgerUnitState> asOf(List<LedgerChange> changes, LocalDate day) {
        Map<String, LedgerUnitState> states = new LinkedHashMap<>();
        changes.stream()
                .filter(c -> !c.effectiveDate().isAfter(day))
                .sorted(Comparator.comparing(LedgerChange::effectiveDate))
                .forEach(c -> states.merge(c.orgCode(), start(c), (before, now) -> advance(before, c)));
        List<LedgerUnitState> result = new ArrayList<>(states.values());
        result.sort(Comparator.comparing((LedgerUnitState s) -> s.status())
                .reversed()
                .thenComparing(LedgerUnitState::since)
                .thenComparing(LedgerUnitState::orgCode));
        return result;
    }

    private static LedgerUnitState start(LedgerChange c) {
        return new LedgerUnitState(c.orgCode(), c.status(), c.effectiveDate(), c.plannedDate());
    }

    private static LedgerUnitState advance(LedgerUnitState before, LedgerChange c) {
        if (before.status() == c.status()) {
            LocalDate planned = c.plannedDate() != null ? c.plannedDate() : before.plannedDate();
            return new LedgerUnitState(c.orgCode(), c.status(), before.since(), planned);
        }
        return start(c);
    }

    /**
     * Checks a new change against the unit's recorded history (oldest first). Returns empty when the change may be
     * recorded, or the reason it may not.
     */
    public static Optional<Text> refusal(List<LedgerChange> history, LedgerStatus status, LocalDate effective) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        LedgerChange latest = history.get(history.size() - 1);
        if (effective.isBefore(latest.effectiveDate())) {
            return Optional.of(Text.of(CatalogMessages.BEFORE_LATEST, effective, latest.effectiveDate()));
        }
        if (!latest.status().canMoveTo(status)) {
            return Optional.of(Text.of(CatalogMessages.NO_STEP_BACK, latest.status(), status));
        }
        return Optional.empty();
    }
}
