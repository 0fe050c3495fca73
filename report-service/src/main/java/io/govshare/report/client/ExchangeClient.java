package io.govshare.report.client;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.govshare.report.domain.ExchangeSummary;
import io.govshare.report.domain.RankedCalls;

/** The report's calls to exchange-stats-service, each with a timeout and retries. */
@ApplicationScoped
public class ExchangeClient {

    public static final String SERVICE = "exchange-stats-service";

    private static final String LEVEL = "PROVINCIAL";
    private static final int TOP = 10;

    /** Which side of an exchange a ranking counts. */
    public enum Side {
        PROVIDER,
        CONSUMER
    }

    private final ExchangeApi api;

    public ExchangeClient(@RestClient ExchangeApi api) {
        this.api = api;
    }

    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200)
    public Uni<ExchangeSummary> summary(YearMonth month) {
        return this.api.summary(month.toString());
    }

    /** The request of {@link #summary} as sent (provenance). */
    public static String summaryRequest(YearMonth month) {
        return "GET " + ExchangeApi.PATH + "/summary?month=" + month;
    }

    /** The provincial departments' Top-10 as provider or consumer (表3-2, 表3-3). */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200)
    public Uni<List<RankedCalls>> provincialTopTen(YearMonth month, Side side) {
        return this.api
                .rankings(month.toString(), side.name(), LEVEL, TOP)
                .map(rows -> rows.stream()
                        .map(r -> new RankedCalls(r.rank(), r.orgCode(), r.orgName(), r.calls()))
                        .toList());
    }

    /** The request of {@link #provincialTopTen} as sent (provenance). */
    public static String topTenRequest(YearMonth month, Side side) {
        return "GET " + ExchangeApi.PATH + "/rankings?month=" + month + "&side=" + side + "&level=" + LEVEL + "&limit="
                + TOP;
    }

    /** Every region as provider or consumer (表4-1, 表4-2). */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200)
    public Uni<List<RankedCalls>> regions(YearMonth month, Side side) {
        return this.api
                .regions(month.toString(), side.name())
                .map(rows -> rows.stream()
                        .map(r -> new RankedCalls(r.rank(), r.regionCode(), r.regionName(), r.calls()))
                        .toList());
    }

    /** The request of {@link #regions} as sent (provenance). */
    public static String regionsRequest(YearMonth month, Side side) {
        return "GET " + ExchangeApi.PATH + "/regions?month=" + month + "&side=" + side;
    }
}
