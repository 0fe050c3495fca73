package io.govshare.catalog.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The monthly lists of recommended national resources. */
@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<RecommendationEntity, RecommendationEntity.Key> {

    /** The list of a month (YYYY-MM), in rank order; empty when none was set. */
    public Uni<List<RecommendationEntity>> listForMonth(String month) {
        return list("key.month", Sort.by("key.rank"), month);
    }

    public Uni<Long> deleteMonth(String month) {
        return delete("key.month", month);
    }
}
