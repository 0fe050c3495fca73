package io.govshare.report.service;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.report.client.CatalogClient;
import io.govshare.report.client.ExchangeClient;
import io.govshare.report.client.ExchangeClient.Side;
import io.govshare.report.client.RequestClient;
import io.govshare.report.client.Upstream;
import io.govshare.report.domain.Case;
import io.govshare.report.domain.ExchangeFigures;
import io.govshare.report.domain.Figures;
import io.govshare.report.domain.LedgerLists;
import io.govshare.report.domain.NationalFigures;

/**
 * Asks catalog-, request- and exchange-stats-service for every figure of a month, all calls at once. The month before
 * is not asked for: 环比 compares with its published report (BuildService). Any call that fails after its retries fails the whole gathering, naming its service.
 */
@ApplicationScoped
public class FigureGatherer {

    private final CatalogClient catalog;
    private final RequestClient requests;
    private final ExchangeClient exchange;

    public FigureGatherer(CatalogClient catalog, RequestClient requests, ExchangeClient exchange) {
        this.catalog = catalog;
        this.requests = requests;
        this.exchange = exchange;
    }

    public Uni<Figures> gather(YearMonth month, List<Case> cases) {
        Log.debugf("gathering the figures of %s", month);
        String r = RequestClient.SERVICE;
        String x = ExchangeClient.SERVICE;
        String c = CatalogClient.SERVICE;
        Uni<ExchangeFigures> exchangeFigures = Uni.combine()
                .all()
                .unis(
                        Upstream.named(this.exchange.summary(month), x, "the exchange summary of " + month),
                        Upstream.named(
                                this.exchange.provincialTopTen(month, Side.PROVIDER), x, "the providers' ranking"),
                        Upstream.named(
                                this.exchange.provincialTopTen(month, Side.CONSUMER), x, "the consumers' ranking"),
                        Upstream.named(this.exchange.regions(month, Side.PROVIDER), x, "the regions as providers"),
                        Upstream.named(this.exchange.regions(month, Side.CONSUMER), x, "the regions as consumers"))
                .with(ExchangeFigures::new);
        Uni<NationalFigures> national = Uni.combine()
                .all()
                .unis(
                        Upstream.named(this.requests.nationalApplications(month), r, "the national applications"),
                        Upstream.named(this.catalog.recommendations(month), c, "the recommendations of " + month))
                .with(NationalFigures::new);
        return Uni.combine()
                .all()
                .unis(
                        Upstream.named(this.requests.stats(month), r, "the request statistics of " + month),
                        exchangeFigures,
                        national,
                        Upstream.named(this.requests.timeliness(month), r, "the response timeliness of " + month),
                        Upstream.named(this.catalog.ledgerUnits(month.atEndOfMonth()), c, "the one-ledger units")
                                .map(units ->
                                        LedgerLists.of(month.atEndOfMonth().toString(), units)))
                .with((stats, exchanges, nationalFigures, timeliness, ledger) ->
                        new Figures(stats, exchanges, nationalFigures, timeliness, ledger, cases, null));
    }
}
