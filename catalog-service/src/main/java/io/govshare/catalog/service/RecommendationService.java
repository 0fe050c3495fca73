package io.govshare.catalog.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.catalog.domain.CatalogMessages;
import io.govshare.catalog.domain.Level;
import io.govshare.catalog.persistence.DataResourceEntity;
import io.govshare.catalog.persistence.DataResourceRepository;
import io.govshare.catalog.persistence.OrganizationEntity;
import io.govshare.catalog.persistence.OrganizationRepository;
import io.govshare.catalog.persistence.RecommendationEntity;
import io.govshare.catalog.persistence.RecommendationRepository;
import io.govshare.common.error.FieldError;
import io.govshare.common.error.InvalidInputException;

/** The monthly ordered list of recommended national resources (国家数据资源推荐). */
@ApplicationScoped
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final DataResourceRepository resources;
    private final OrganizationRepository organizations;

    public RecommendationService(
            RecommendationRepository recommendations,
            DataResourceRepository resources,
            OrganizationRepository organizations) {
        this.recommendations = recommendations;
        this.resources = resources;
        this.organizations = organizations;
    }

    /** The list of a month, in rank order; empty when none was set. */
    @WithSession
    public Uni<List<Recommendation>> forMonth(String month) {
        return this.recommendations.listForMonth(month).flatMap(rows -> {
            List<String> codes = rows.stream().map(r -> r.resourceCode).toList();
            return resourcesWithProviders(codes)
                    .map(found -> rows.stream()
                            .map(r -> {
                                DataResourceEntity resource = found.resources().get(r.resourceCode);
                                OrganizationEntity ministry = found.providers().get(resource.providerOrg);
                                return new Recommendation(
                                        r.key.rank(), resource.code, resource.name, ministry.code, ministry.name);
                            })
                            .toList());
        });
    }

    /**
     * Replaces the list of a month. Every code must name an existing resource of a NATIONAL provider, once; a bad
     * list changes nothing.
     */
    @WithTransaction
    public Uni<List<Recommendation>> replace(String month, List<String> resourceCodes) {
        Log.debugf("replace recommendations of %s (%d resources)", month, resourceCodes.size());
        return resourcesWithProviders(resourceCodes)
                .map(found -> {
                    check(resourceCodes, found);
                    return found;
                })
                .flatMap(found -> this.recommendations.deleteMonth(month).flatMap(deleted -> {
                    if (resourceCodes.isEmpty()) {
                        // an empty list clears the month
                        return Uni.createFrom().voidItem();
                    }
                    List<RecommendationEntity> rows = new ArrayList<>();
                    for (int i = 0; i < resourceCodes.size(); i++) {
                        RecommendationEntity row = new RecommendationEntity();
                        row.key = new RecommendationEntity.Key(month, i + 1);
                        row.resourceCode = resourceCodes.get(i);
                        rows.add(row);
                    }
                    return this.recommendations.persist(rows);
                }))
                .flatMap(done -> this.recommendations.flush())
                .flatMap(flushed -> forMonth(month));
    }

    private static void check(List<String> codes, Found found) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "resourceCodes[" + i + "]";
            String code = codes.get(i);
            DataResourceEntity resource = found.resources().get(code);
            if (!seen.add(code)) {
                errors.add(FieldError.of(field, CatalogMessages.LISTED_TWICE, code));
            } else if (resource == null) {
                errors.add(FieldError.of(field, CatalogMessages.UNKNOWN_RESOURCE, code));
            } else {
                OrganizationEntity provider = found.providers().get(resource.providerOrg);
                if (provider.level != Level.NATIONAL) {
                    errors.add(FieldError.of(field, CatalogMessages.NOT_NATIONAL, code, provider.code, provider.level));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private record Found(Map<String, DataResourceEntity> resources, Map<String, OrganizationEntity> providers) {}

    private Uni<Found> resourcesWithProviders(List<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(new Found(Map.of(), Map.of()));
        }
        return this.resources.list("code in ?1", Set.copyOf(codes)).flatMap(resources -> {
            Map<String, DataResourceEntity> byCode = new HashMap<>();
            resources.forEach(r -> byCode.put(r.code, r));
            Set<String> providerCodes =
                    resources.stream().map(r -> r.providerOrg).collect(Collectors.toSet());
            if (providerCodes.isEmpty()) {
                return Uni.createFrom().item(new Found(byCode, Map.of()));
            }
            return this.organizations
                    .list("code in ?1", providerCodes)
                    .map(orgs -> new Found(
                            byCode, orgs.stream().collect(Collectors.toMap(o -> o.code, Function.identity()))));
        });
    }
}
