package io.govshare.report.api;

import java.time.LocalDate;
import java.util.List;

import io.govshare.report.domain.Case;
import io.govshare.report.domain.Colophon;
import io.govshare.report.domain.Content;

/** The editorial content of a month as stored; null fields take the configured defaults at build. */
public record ContentView(
        String month, LocalDate issueDate, String province, String issuer, List<Case> cases, Colophon colophon) {

    static ContentView from(Content c) {
        return new ContentView(c.month(), c.issueDate(), c.province(), c.issuer(), c.cases(), c.colophon());
    }
}
