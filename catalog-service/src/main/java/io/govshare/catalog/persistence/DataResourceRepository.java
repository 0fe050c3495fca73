package io.govshare.catalog.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import io.govshare.catalog.domain.SharingType;

/** Data resources by code, and the filtered list of the API. */
@ApplicationScoped
public class DataResourceRepository implements PanacheRepositoryBase<DataResourceEntity, String> {

    /** Resources matching all given filters (null = any), ordered by code. */
    public PanacheQuery<DataResourceEntity> search(String providerOrg, SharingType sharingType, String nameContains) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (providerOrg != null) {
            where.add("providerOrg = :provider");
            params.and("provider", providerOrg);
        }
        if (sharingType != null) {
            where.add("sharingType = :sharing");
            params.and("sharing", sharingType);
        }
        if (nameContains != null) {
            where.add("lower(name) like :q escape '\\'");
            params.and("q", Likes.containing(nameContains));
        }
        Sort sort = Sort.by("code");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
