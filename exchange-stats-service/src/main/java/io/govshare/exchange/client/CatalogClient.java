package io.govshare.exchange.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.govshare.common.error.UpstreamUnavailableException;
import io.govshare.exchange.domain.Directory;
import io.govshare.exchange.domain.Level;
import io.govshare.exchange.domain.Organization;
import io.govshare.exchange.domain.Region;

/** Loads the whole directory of organizations and regions from catalog-service, page by page. */
@ApplicationScoped
public class CatalogClient {

    static final int PAGE_SIZE = 500;
    static final String SERVICE = "catalog-service";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final CatalogApi api;

    public CatalogClient(@RestClient CatalogApi api) {
        this.api = api;
    }

    /** Every organization and region of the catalog; fails with {@link UpstreamUnavailableException} (503,
     * {@code service: catalog-service}) when it cannot answer. */
    public Uni<Directory> loadDirectory() {
        Log.debug("loading the directory of organizations and regions from catalog-service");
        // deferred: a retry starts again from page 0 with empty lists
        return Uni.createFrom()
                .deferred(() -> all(page -> this.api.organizations(page, PAGE_SIZE))
                        .flatMap(orgs -> all(page -> this.api.regions(page, PAGE_SIZE))
                                .map(regions -> Directory.of(
                                        orgs.stream()
                                                .map(CatalogClient::organization)
                                                .toList(),
                                        regions.stream()
                                                .map(r -> new Region(r.code(), r.name()))
                                                .toList()))))
                .ifNoItem()
                .after(TIMEOUT)
                .fail()
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(200))
                .atMost(2)
                .onFailure()
                .transform(e -> {
                    Log.warnf("catalog-service did not answer: %s", e.getMessage());
                    int status = e instanceof WebApplicationException refused && refused.getResponse() != null
                            ? refused.getResponse().getStatus()
                            : 0;
                    return status >= 400 && status < 500
                            ? UpstreamUnavailableException.refused(SERVICE, status)
                            : UpstreamUnavailableException.unreachable(SERVICE);
                });
    }

    private static Organization organization(CatalogApi.OrganizationRef ref) {
        Level level = null;
        try {
            level = ref.level() == null ? null : Level.valueOf(ref.level());
        } catch (IllegalArgumentException e) {
            Log.warnf("organization %s has a level this service does not know: %s", ref.code(), ref.level());
        }
        return new Organization(ref.code(), ref.name(), level, ref.regionCode(), ref.active() == null || ref.active());
    }

    private static <T> Uni<List<T>> all(IntFunction<Uni<CatalogApi.Page<T>>> fetch) {
        return collect(fetch, 0, new ArrayList<>());
    }

    private static <T> Uni<List<T>> collect(IntFunction<Uni<CatalogApi.Page<T>>> fetch, int page, List<T> items) {
        return fetch.apply(page).flatMap(result -> {
            items.addAll(result.items());
            boolean more = !result.items().isEmpty() && items.size() < result.total();
            return more ? collect(fetch, page + 1, items) : Uni.createFrom().item(items);
        });
    }
}
