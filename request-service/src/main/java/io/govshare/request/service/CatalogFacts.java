package io.govshare.request.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.govshare.request.client.CatalogClient;
import io.govshare.request.client.CatalogOrganization;
import io.govshare.request.client.CatalogResource;
import io.govshare.request.client.CatalogUnavailableException;
import io.govshare.request.domain.Level;
import io.govshare.request.domain.SharingType;

/**
 * Turns catalog answers into the facts the workflow needs. {@link #session()} gives a cache for one operation (an
 * import or a statistics call) so that a resource or organization is asked for once, not once per request.
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
                    key -> CatalogFacts.this
                            .catalog
                            .resource(key)
                            .flatMap(found -> found.isEmpty()
                                    ? Uni.createFrom().item(Optional.<ResourceFacts>empty())
                                    : facts(found.get()).map(Optional::of))
                            .memoize()
                            .indefinitely());
        }

        public Uni<Optional<CatalogOrganization>> organization(String code) {
            return this.organizations.computeIfAbsent(
                    code,
                    key -> CatalogFacts.this.catalog.organization(key).memoize().indefinitely());
        }

        private Uni<ResourceFacts> facts(CatalogResource resource) {
            SharingType sharingType = parse(SharingType.class, resource.sharingType(), "sharing type", resource.code());
            return organization(resource.providerOrg()).map(provider -> {
                CatalogOrganization org = provider.orElseThrow(() -> new CatalogUnavailableException(
                        "the catalog names provider '" + resource.providerOrg() + "' of resource '" + resource.code()
                                + "' but does not know it",
                        null));
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
            throw new CatalogUnavailableException(
                    "the catalog answered an unknown " + what + " '" + value + "' for '" + code + "'", e);
        }
    }
}
