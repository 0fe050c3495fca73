package io.govshare.catalog.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import io.govshare.catalog.domain.CatalogMessages;
import io.govshare.catalog.persistence.RegionEntity;
import io.govshare.catalog.persistence.RegionRepository;
import io.govshare.common.error.ConflictException;
import io.govshare.common.error.NotFoundException;
import io.govshare.common.error.Text;

/** Use cases of regions (市州). Writes are checked for the platform-admin role by the resource. */
@ApplicationScoped
public class RegionService {

    private final RegionRepository regions;

    public RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    @WithSession
    public Uni<PageResult<RegionEntity>> list(int page, int size) {
        var query = this.regions.findAll(Sort.by("code")).page(Page.of(page, size));
        return query.list().flatMap(items -> query.count().map(total -> new PageResult<>(items, page, size, total)));
    }

    @WithSession
    public Uni<RegionEntity> get(String code) {
        return this.regions
                .findById(code)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException(CatalogMessages.REGION, code));
    }

    @WithTransaction
    public Uni<RegionEntity> create(String code, String name) {
        Log.debugf("create region %s", code);
        return this.regions.findById(code).flatMap(existing -> {
            if (existing != null) {
                throw new ConflictException("code", Text.of(CatalogMessages.EXISTS, CatalogMessages.REGION, code));
            }
            RegionEntity region = new RegionEntity();
            region.code = code;
            region.name = name;
            region.createdAt = OffsetDateTime.now();
            region.updatedAt = region.createdAt;
            return this.regions.persist(region);
        });
    }

    @WithTransaction
    public Uni<RegionEntity> update(String code, String name) {
        Log.debugf("update region %s", code);
        return get(code).map(region -> {
            if (!region.name.equals(name)) {
                region.name = name;
                region.updatedAt = OffsetDateTime.now();
            }
            return region;
        });
    }
}
