package io.govshare.report.client;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.govshare.report.domain.LedgerUnit;
import io.govshare.report.domain.Recommendations;

/** The report's calls to catalog-service, each with a timeout and retries. */
@ApplicationScoped
public class CatalogClient {

    public static final String SERVICE = "catalog-service";

    private final CatalogApi api;

    public CatalogClient(@RestClient CatalogApi api) {
        this.api = api;
    }

    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200)
    public Uni<Recommendations> recommendations(YearMonth month) {
        return this.api.recommendations(month.toString());
    }

    /** The request of {@link #recommendations} as sent (provenance). */
    public static String recommendationsRequest(YearMonth month) {
        return "GET " + CatalogApi.PATH + "/recommendations?month=" + month;
    }

    /** The one-ledger units as of a day (the report asks for the last day of its month). */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200)
    public Uni<List<LedgerUnit>> ledgerUnits(LocalDate asOf) {
        return this.api.ledgerUnits(asOf);
    }

    /** The request of {@link #ledgerUnits} as sent (provenance). */
    public static String ledgerUnitsRequest(LocalDate asOf) {
        return "GET " + CatalogApi.PATH + "/ledger/units?asOf=" + asOf;
    }
}
