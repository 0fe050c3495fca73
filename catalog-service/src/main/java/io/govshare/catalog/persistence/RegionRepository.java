package io.govshare.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Regions by code. */
@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<RegionEntity, String> {}
