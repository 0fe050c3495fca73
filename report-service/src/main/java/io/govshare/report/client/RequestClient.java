package io.govshare.report.client;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.govshare.report.domain.NationalApplications;
import io.govshare.report.domain.RequestStats;
import io.govshare.report.domain.TimelinessRow;

/** The report's calls to request-service, each with a timeout and retries. */
@ApplicationScoped
public class RequestClient {

    public static final String SERVICE = "request-service";

    private final RequestApi api;

    public RequestClient(@RestClient RequestApi api) {
        this.api = api;
    }

    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200)
    public Uni<RequestStats> stats(YearMonth month) {
        return this.api.stats(month.toString());
    }

    /** The request of {@link #stats} as sent (provenance). */
    public static String statsRequest(YearMonth month) {
        return "GET " + RequestApi.PATH + "/share-requests/stats?month=" + month;
    }

    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200)
    public Uni<List<TimelinessRow>> timeliness(YearMonth month) {
        return this.api.timeliness(month.toString());
    }

    /** The request of {@link #timeliness} as sent (provenance). */
    public static String timelinessRequest(YearMonth month) {
        return "GET " + RequestApi.PATH + "/share-requests/timeliness?month=" + month;
    }

    /** Applications for national data submitted up to the end of the month. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200)
    public Uni<NationalApplications> nationalApplications(YearMonth until) {
        return this.api.nationalApplications(until.toString());
    }

    /** The request of {@link #nationalApplications} as sent (provenance). */
    public static String nationalApplicationsRequest(YearMonth until) {
        return "GET " + RequestApi.PATH + "/national-applications?until=" + until;
    }
}
