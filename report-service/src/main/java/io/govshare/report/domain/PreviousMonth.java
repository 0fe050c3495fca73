package io.govshare.report.domain;

/** The figures of the month before, for the change against it (环比); only kept when that month has data. */
public record PreviousMonth(String month, RequestStats requests, ExchangeSummary exchange) {

    /** True when the month had requests or exchanges at all; a month without either is not compared against. */
    public boolean hasData() {
        return this.requests.submitted() > 0 || this.exchange.total() > 0;
    }
}
