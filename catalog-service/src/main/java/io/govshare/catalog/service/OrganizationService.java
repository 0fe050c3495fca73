package io.govshare.catalog.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

import io.govshare.catalog.domain.CatalogMessages;
import io.govshare.catalog.domain.Level;
import io.govshare.catalog.persistence.OrganizationEntity;
import io.govshare.catalog.persistence.OrganizationRepository;
import io.govshare.catalog.persistence.RegionRepository;
import io.govshare.common.error.ConflictException;
import io.govshare.common.error.InvalidInputException;
import io.govshare.common.error.NotFoundException;
import io.govshare.common.error.Text;

/**
 * Use cases of organizations. Organizations are never deleted: other services keep their codes in requests and
 * exchange records, so a body that ceases to exist is deactivated ({@code active=false}).
 */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final RegionRepository regions;

    public OrganizationService(OrganizationRepository organizations, RegionRepository regions) {
        this.organizations = organizations;
        this.regions = regions;
    }

    @WithSession
    public Uni<PageResult<OrganizationEntity>> list(
            Level level, String regionCode, String q, Boolean active, int page, int size) {
        var query = this.organizations.search(level, regionCode, q, active).page(Page.of(page, size));
        return query.list().flatMap(items -> query.count().map(total -> new PageResult<>(items, page, size, total)));
    }

    @WithSession
    public Uni<OrganizationEntity> get(String code) {
        return this.organizations
                .findById(code)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException(CatalogMessages.ORGANIZATION, code));
    }

    @WithTransaction
    public Uni<OrganizationEntity> create(OrganizationData data) {
        Log.debugf("create organization %s", data.code());
        return checkRegion(data.level(), data.regionCode())
                .flatMap(ok -> this.organizations.findById(data.code()))
                .flatMap(existing -> {
                    if (existing != null) {
                        throw new ConflictException(
                                "code", Text.of(CatalogMessages.EXISTS, CatalogMessages.ORGANIZATION, data.code()));
                    }
                    OrganizationEntity org = new OrganizationEntity();
                    org.code = data.code();
                    org.createdAt = OffsetDateTime.now();
                    org.active = true;
                    apply(org, data);
                    return this.organizations.persist(org);
                });
    }

    @WithTransaction
    public Uni<OrganizationEntity> update(String code, OrganizationData data) {
        Log.debugf("update organization %s", code);
        return checkRegion(data.level(), data.regionCode())
                .flatMap(ok -> get(code))
                .map(org -> {
                    apply(org, data);
                    return org;
                });
    }

    private static void apply(OrganizationEntity org, OrganizationData data) {
        org.name = data.name();
        org.shortName = data.shortName();
        org.level = data.level();
        org.regionCode = data.regionCode();
        if (data.active() != null) {
            org.active = data.active();
        }
        org.updatedAt = OffsetDateTime.now();
    }

    /** City and county bodies name an existing region; ministries and provincial departments name none. */
    private Uni<Boolean> checkRegion(Level level, String regionCode) {
        if (level.hasRegion() && regionCode == null) {
            throw new InvalidInputException("regionCode", CatalogMessages.REGION_REQUIRED, level);
        }
        if (!level.hasRegion()) {
            if (regionCode != null) {
                throw new InvalidInputException("regionCode", CatalogMessages.REGION_NOT_ALLOWED, level);
            }
            return Uni.createFrom().item(true);
        }
        return this.regions.findById(regionCode).map(region -> {
            if (region == null) {
                throw new InvalidInputException("regionCode", CatalogMessages.UNKNOWN_REGION, regionCode);
            }
            return true;
        });
    }

    /** Fails with 400 naming {@code field} unless the organization exists and is active. */
    @WithSession
    public Uni<OrganizationEntity> requireActive(String field, String code) {
        return this.organizations.findById(code).map(org -> {
            if (org == null) {
                throw new InvalidInputException(field, CatalogMessages.UNKNOWN_ORGANIZATION, code);
            }
            if (!org.active) {
                throw new InvalidInputException(field, CatalogMessages.DEACTIVATED, code);
            }
            return org;
        });
    }
}
