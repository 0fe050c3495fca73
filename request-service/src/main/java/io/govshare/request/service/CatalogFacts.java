package io.govshare.request.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.common.error.ProblemException;
import io.govshare.common.error.Text;
import io.govshare.common.error.UpstreamUnavailableException;
import io.govshare.request.client.CatalogClient;
import io.govshare.request.client.CatalogOrganization;
import io.govshare.request.client.CatalogResource;
import io.govshare.request.domain.Level;
import io.govshare.request.domain.RequestMessages;
import io.govshare.request.domain.SharingType;

/**
 * Turns catalog answers into the facts the workflow needs. {@link #session()} gives a cache for one operation (an
 * import or a statistics call) so that a resource or organization is asked for once, not once per request. A catalog
 * that cannot answer (down, too slow, refusing, or answering nonsense) is 502/503 {@code upstream-unavailable} with
 * {@code service: catalog-service}; codes are checked by the callers before they get here.
 */
@ApplicationScoped
public class CatalogFacts {

    private final CatalogClient catalog;

    public CatalogFacts(CatalogClient catalog) {
        this.catalog = catalog;
    }

    /** A cache for one operation; nothing is kept beyond it, so catalog changes are seen by the next call. */
    public Session session() {
        return new Session();
    }

    /** The facts about a resource, empty when the catalog does not know it. */
    public Uni<Optional<ResourceFacts>> resource(String code) {
        return session().resource(code);
    }

    /** Memoized catalog look-ups of one operation. */
    public final class Session {

        private final Map<String, Uni<Optional<ResourceFacts>>> resources = new ConcurrentHashMap<>();
        private final Map<String, Uni<Optional<CatalogOrganization>>> organizations = new ConcurrentHashMap<>();

        public Uni<Optional<ResourceFacts>> resource(String code) {
            return this.resources.computeIfAbsent(
                    code,
                    key -> asked(CatalogFacts.this.catalog.resource(key), "resource " + key)
                            .flatMap(found -> found.isEmpty()
                                    ? Uni.createFrom().item(Optional.<ResourceFacts>empty())
                                    : facts(found.get()).map(Optional::of))
                            .memoize()
                            .indefinitely());
        }

        public Uni<Optional<CatalogOrganization>> organization(String code) {
            return this.organizations.computeIfAbsent(
                    code,
                    key -> asked(CatalogFacts.this.catalog.organization(key), "organization " + key)
                            .memoize()
                            .indefinitely());
        }

        private Uni<ResourceFacts> facts(CatalogResource resource) {
            SharingType sharingType = parse(SharingType.class, resource.sharingType(), "sharing type", resource.code());
            return organization(resource.providerOrg()).map(provider -> {
                CatalogOrganization org = provider.orElseThrow(() -> UpstreamUnavailableException.of(
                        CatalogClient.SERVICE,
                        Text.of(RequestMessages.CATALOG_UNKNOWN_PROVIDER, resource.providerOrg(), resource.code())));
                Level level = parse(Level.class, org.level(), "level", org.code());
                List<String> items = resource.items() == null
                        ? List.of()
                        : resource.items().stream()
                                .map(CatalogResource.Item::name)
                                .toList();
                return new ResourceFacts(
                        resource.code(), resource.name(), resource.providerOrg(), level, sharingType, items);
            });
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what, String code) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw UpstreamUnavailableException.of(
                    CatalogClient.SERVICE, Text.of(RequestMessages.CATALOG_UNKNOWN_VALUE, what, value, code));
        }
    }

    /**
     * A call of the client, whose own failures are problems already; what its fault-tolerance guard raises on its
     * own (the timeout of the last attempt) is the catalog being unreachable too.
     */
    private static <T> Uni<T> asked(Uni<T> call, String what) {
        return call.onFailure(e -> !(e instanceof ProblemException)).transform(e -> {
            Log.warnf("catalog-service could not be asked for %s: %s", what, e.toString());
            return UpstreamUnavailableException.unreachable(CatalogClient.SERVICE);
        });
    }
}
