package io.govshare.report.domain;

import java.util.List;

/**
 * Every figure of a month's report (DESIGN §11 "figures"), fetched once at build and stored with the version so
 * that the report never changes afterwards. {@code previousMonth} is null when that month has no data.
 */
public record Figures(
        RequestStats requests,
        ExchangeFigures exchange,
        NationalFigures national,
        List<TimelinessRow> timeliness,
        LedgerLists ledger,
        List<Case> cases,
        PreviousMonth previousMonth) {

    public Figures {
        timeliness = List.copyOf(timeliness);
        cases = List.copyOf(cases);
    }
}
