package io.govshare.catalog.service;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

import io.govshare.catalog.domain.CatalogMessages;
import io.govshare.catalog.domain.SharingType;
import io.govshare.catalog.persistence.DataResourceEntity;
import io.govshare.catalog.persistence.DataResourceRepository;
import io.govshare.common.error.ConflictException;
import io.govshare.common.error.NotFoundException;
import io.govshare.common.error.NotPermittedException;
import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;

/** Use cases of data resources: any caller reads; the platform admin or the provider's own users write. */
@ApplicationScoped
public class DataResourceService {

    private final DataResourceRepository resources;
    private final OrganizationService organizations;

    public DataResourceService(DataResourceRepository resources, OrganizationService organizations) {
        this.resources = resources;
        this.organizations = organizations;
    }

    @WithSession
    public Uni<PageResult<DataResourceEntity>> list(
            String providerOrg, SharingType sharingType, String q, int page, int size) {
        var query = this.resources.search(providerOrg, sharingType, q).page(Page.of(page, size));
        return query.list().flatMap(items -> query.count().map(total -> new PageResult<>(items, page, size, total)));
    }

    @WithSession
    public Uni<DataResourceEntity> get(String code) {
        return this.resources
                .findById(code)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException(CatalogMessages.RESOURCE, code));
    }

    @WithTransaction
    public Uni<DataResourceEntity> create(Caller caller, DataResourceData data) {
        Log.debugf("create resource %s for %s", data.code(), data.providerOrg());
        mayWriteFor(caller, data.providerOrg());
        return this.organizations
                .requireActive("providerOrg", data.providerOrg())
                .flatMap(provider -> this.resources.findById(data.code()))
                .flatMap(existing -> {
                    if (existing != null) {
                        throw new ConflictException(
                                "code", Text.of(CatalogMessages.EXISTS, CatalogMessages.RESOURCE, data.code()));
                    }
                    DataResourceEntity resource = new DataResourceEntity();
                    resource.code = data.code();
                    resource.createdAt = OffsetDateTime.now();
                    apply(resource, data);
                    return this.resources.persist(resource);
                });
    }

    @WithTransaction
    public Uni<DataResourceEntity> update(Caller caller, String code, DataResourceData data) {
        Log.debugf("update resource %s", code);
        return get(code).flatMap(resource -> {
            mayWriteFor(caller, resource.providerOrg);
            mayWriteFor(caller, data.providerOrg());
            return this.organizations
                    .requireActive("providerOrg", data.providerOrg())
                    .map(provider -> {
                        apply(resource, data);
                        return resource;
                    });
        });
    }

    /** Writes are for the platform admin or users of the providing organization (docs/api.md). */
    private static void mayWriteFor(Caller caller, String providerOrg) {
        if (!caller.isAdmin() && !caller.belongsTo(providerOrg)) {
            throw new NotPermittedException(CatalogMessages.PROVIDER_ONLY, providerOrg);
        }
    }

    private static void apply(DataResourceEntity resource, DataResourceData data) {
        resource.name = data.name();
        resource.providerOrg = data.providerOrg();
        resource.sharingType = data.sharingType();
        resource.openType = data.openType();
        resource.updateFrequency = data.updateFrequency();
        resource.items = data.items() == null ? List.of() : List.copyOf(data.items());
        resource.description = data.description();
        resource.updatedAt = OffsetDateTime.now();
    }
}
