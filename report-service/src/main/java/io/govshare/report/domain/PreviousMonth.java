package io.govshare.report.domain;

/**
 * The figures of the month before as its latest published report version printed them, for the change against it
 * (环比). Null in a snapshot when that month had no published version when this one was built.
 */
public record PreviousMonth(String month, Integer version, RequestStats requests, ExchangeSummary exchange) {

    /** The figures of a published version of the month before. */
    public static PreviousMonth of(ReportVersion published) {
        Figures f = published.snapshot().figures();
        return new PreviousMonth(
                published.month(),
                published.version(),
                f.requests(),
                f.exchange().summary());
    }
}
