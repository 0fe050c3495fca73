package io.govshare.report.domain;

import java.time.LocalDate;
import java.util.List;

/** The editorial content of a month as the editor gave it; null fields fall back to configuration at build. */
public record Content(
        String month, LocalDate issueDate, String province, String issuer, List<Case> cases, Colophon colophon) {

    public Content {
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    /** The content of a month the editor has not written: no cases, every default. */
    public static Content empty(String month) {
        return new Content(month, null, null, null, List.of(), null);
    }
}
