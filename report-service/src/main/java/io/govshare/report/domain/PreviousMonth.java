package io.govshare.report.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of the month before as its latest published report version printed them, for the change against it
 * (环比). Null in a snapshot when that month had no published version when this one was built.
 */
@Schema(name = "ReportPreviousMonth", description = "The month before as published (上月已印发的数据)")
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
