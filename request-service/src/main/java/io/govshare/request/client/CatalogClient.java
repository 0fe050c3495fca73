package io.govshare.request.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.govshare.common.error.ProblemException;
import io.govshare.common.error.UpstreamUnavailableException;

/**
 * Asks catalog-service about resources and organizations. A 404 is an answer (empty); every other failure is
 * retried, bounded by a timeout, and then raised as {@link UpstreamUnavailableException} (502 when the catalog
 * refused the call with another 4xx, 503 otherwise): the caller refuses the operation rather than guess
 * (docs/api.md, "Errors"). Timeouts and retries are configuration
 * ({@code quarkus.fault-tolerance."io.govshare.request.client.CatalogClient".*}).
 */
@ApplicationScoped
public class CatalogClient {

    /** The catalog's name in problems (the member {@code service} of {@code upstream-unavailable}). */
    public static final String SERVICE = "catalog-service";

    private final CatalogApi api;

    public CatalogClient(@RestClient CatalogApi api) {
        this.api = api;
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    public Uni<Optional<CatalogResource>> resource(String code) {
        return this.api
                .resource(code)
                .map(Optional::ofNullable)
                .onFailure(CatalogClient::isNotFound)
                .recoverWithItem(Optional.empty())
                .onFailure(e -> !(e instanceof ProblemException))
                .transform(e -> unavailable("resource " + code, e));
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    public Uni<Optional<CatalogOrganization>> organization(String code) {
        return this.api
                .organization(code)
                .map(Optional::ofNullable)
                .onFailure(CatalogClient::isNotFound)
                .recoverWithItem(Optional.empty())
                .onFailure(e -> !(e instanceof ProblemException))
                .transform(e -> unavailable("organization " + code, e));
    }

    private static boolean isNotFound(Throwable e) {
        return e instanceof WebApplicationException web
                && web.getResponse() != null
                && web.getResponse().getStatus() == 404;
    }

    private static UpstreamUnavailableException unavailable(String what, Throwable e) {
        Log.warnf("catalog-service could not be asked for %s: %s", what, e.toString());
        if (e instanceof WebApplicationException web
                && web.getResponse() != null
                && web.getResponse().getStatus() >= 400
                && web.getResponse().getStatus() < 500) {
            return UpstreamUnavailableException.refused(
                    SERVICE, web.getResponse().getStatus());
        }
        return UpstreamUnavailableException.unreachable(SERVICE);
    }
}
