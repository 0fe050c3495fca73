package io.govshare.catalog.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import io.govshare.catalog.domain.Level;

/** Organizations by code, and the filtered list of the API. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<OrganizationEntity, String> {

    /** Organizations matching all given filters (null = any), ordered by level then code. */
    public PanacheQuery<OrganizationEntity> search(
            Level level, String regionCode, String nameContains, Boolean active) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (level != null) {
            where.add("level = :level");
            params.and("level", level);
        }
        if (regionCode != null) {
            where.add("regionCode = :region");
            params.and("region", regionCode);
        }
        if (nameContains != null) {
            where.add("(lower(name) like :q escape '\\' or lower(coalesce(shortName, '')) like :q escape '\\')");
            params.and("q", Likes.containing(nameContains));
        }
        if (active != null) {
            where.add("active = :active");
            params.and("active", active);
        }
        Sort sort = Sort.by("level").and("code");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    /** Whether any organization lies in the region. */
    public Uni<Boolean> anyInRegion(String regionCode) {
        return count("regionCode", regionCode).map(n -> n > 0);
    }
}
