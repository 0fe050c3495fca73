package io.govshare.report.domain;

import java.util.List;

/**
 * Every figure of a month's report (docs/api.md, "figures"), fetched once at build and stored with the version so
 * that the report never changes afterwards. {@code previousMonth} holds the figures of the month before as published,
 * null when that month had no published version at build.
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

    /** These figures compared with the published month before (null: none). */
    public Figures withPreviousMonth(PreviousMonth previous) {
        return new Figures(
                this.requests, this.exchange, this.national, this.timeliness, this.ledger, this.cases, previous);
    }
}
