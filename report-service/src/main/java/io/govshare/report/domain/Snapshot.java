package io.govshare.report.domain;

import java.util.List;

/**
 * What a report version stores: the month, the edition (names, date, colophon, rounding), every figure and where
 * each figure group came from (versions built before provenance existed have none).
 */
public record Snapshot(String month, Edition edition, Figures figures, List<Provenance> provenance) {

    public Snapshot {
        provenance = provenance == null ? List.of() : List.copyOf(provenance);
    }
}
