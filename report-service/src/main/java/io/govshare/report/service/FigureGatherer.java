package io.govshare.report.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.report.client.CatalogClient;
import io.govshare.report.client.ExchangeClient;
import io.govshare.report.client.ExchangeClient.Side;
import io.govshare.report.client.RequestClient;
import io.govshare.report.client.Upstream;
import io.govshare.report.config.ReportConfig;
import io.govshare.report.domain.Case;
import io.govshare.report.domain.ExchangeFigures;
import io.govshare.report.domain.Figures;
import io.govshare.report.domain.LedgerLists;
import io.govshare.report.domain.NationalFigures;
import io.govshare.report.domain.Provenance;

/**
 * Asks catalog-, request- and exchange-stats-service for every figure of a month, all calls at once, and notes for
 * each figure group the request that answered it (docs/report.md, "Provenance"). The month before is not asked for:
 * 环比 compares with its published report (BuildService). Any call that fails after its retries fails the whole
 * gathering, naming its service.
 */
@ApplicationScoped
public class FigureGatherer {

    /** The figures of a month and where each group came from. */
    public record Gathered(Figures figures, List<Provenance> provenance) {}

    /** Answers and their sources. */
    private record Fetched<T>(T value, List<Provenance> sources) {

        static List<Provenance> sources(Fetched<?>... parts) {
            List<Provenance> all = new ArrayList<>();
            for (Fetched<?> part : parts) {
                all.addAll(part.sources());
            }
            return List.copyOf(all);
        }
    }

    private static final String R = RequestClient.SERVICE;
    private static final String X = ExchangeClient.SERVICE;
    private static final String C = CatalogClient.SERVICE;

    private final CatalogClient catalog;
    private final RequestClient requests;
    private final ExchangeClient exchange;
    private final Clock clock;

    public FigureGatherer(CatalogClient catalog, RequestClient requests, ExchangeClient exchange, ReportConfig config) {
        this.catalog = catalog;
        this.requests = requests;
        this.exchange = exchange;
        this.clock = Clock.system(config.timeZone());
    }

    public Uni<Gathered> gather(YearMonth month, List<Case> cases) {
        Log.debugf("gathering the figures of %s", month);
        var summary = fetch("exchange.summary", X, ExchangeClient.summaryRequest(month), this.exchange.summary(month));
        var topProviders = fetch(
                "exchange.topProviders",
                X,
                ExchangeClient.topTenRequest(month, Side.PROVIDER),
                this.exchange.provincialTopTen(month, Side.PROVIDER));
        var topConsumers = fetch(
                "exchange.topConsumers",
                X,
                ExchangeClient.topTenRequest(month, Side.CONSUMER),
                this.exchange.provincialTopTen(month, Side.CONSUMER));
        var regionsProvided = fetch(
                "exchange.regionsProvided",
                X,
                ExchangeClient.regionsRequest(month, Side.PROVIDER),
                this.exchange.regions(month, Side.PROVIDER));
        var regionsUsed = fetch(
                "exchange.regionsUsed",
                X,
                ExchangeClient.regionsRequest(month, Side.CONSUMER),
                this.exchange.regions(month, Side.CONSUMER));
        var applications = fetch(
                "national.applications",
                R,
                RequestClient.nationalApplicationsRequest(month),
                this.requests.nationalApplications(month));
        var recommendations = fetch(
                "national.recommendations",
                C,
                CatalogClient.recommendationsRequest(month),
                this.catalog.recommendations(month));
        var stats = fetch("requests", R, RequestClient.statsRequest(month), this.requests.stats(month));
        var timeliness =
                fetch("timeliness", R, RequestClient.timelinessRequest(month), this.requests.timeliness(month));
        var ledger = fetch(
                "ledger",
                C,
                CatalogClient.ledgerUnitsRequest(month.atEndOfMonth()),
                this.catalog.ledgerUnits(month.atEndOfMonth()));
        Uni<Fetched<ExchangeFigures>> exchangeFigures = Uni.combine()
                .all()
                .unis(summary, topProviders, topConsumers, regionsProvided, regionsUsed)
                .with((a, b, c, d, e) -> new Fetched<>(
                        new ExchangeFigures(a.value(), b.value(), c.value(), d.value(), e.value()),
                        Fetched.sources(a, b, c, d, e)));
        Uni<Fetched<NationalFigures>> national = Uni.combine()
                .all()
                .unis(applications, recommendations)
                .with((a, b) -> new Fetched<>(new NationalFigures(a.value(), b.value()), Fetched.sources(a, b)));
        return Uni.combine()
                .all()
                .unis(stats, exchangeFigures, national, timeliness, ledger)
                .with((s, x, n, t, l) -> new Gathered(
                        new Figures(
                                s.value(),
                                x.value(),
                                n.value(),
                                t.value(),
                                LedgerLists.of(month.atEndOfMonth().toString(), l.value()),
                                cases,
                                null),
                        Fetched.sources(s, x, n, t, l)));
    }

    private <T> Uni<Fetched<T>> fetch(String figure, String service, String request, Uni<T> call) {
        return Upstream.named(call, service, figure)
                .map(value -> new Fetched<>(
                        value, List.of(new Provenance(figure, service, request, OffsetDateTime.now(this.clock)))));
    }
}
