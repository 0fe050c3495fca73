package io.govshare.report.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The exchange figures of a month: the summary, the provincial Top-10s and the two region tables. */
@Schema(name = "ReportExchangeFigures", description = "The exchange figures (数据交换情况)")
public record ExchangeFigures(
        ExchangeSummary summary,
        List<RankedCalls> topProviders,
        List<RankedCalls> topConsumers,
        List<RankedCalls> regionsProvided,
        List<RankedCalls> regionsUsed) {

    public ExchangeFigures {
        topProviders = List.copyOf(topProviders);
        topConsumers = List.copyOf(topConsumers);
        regionsProvided = List.copyOf(regionsProvided);
        regionsUsed = List.copyOf(regionsUsed);
    }
}
