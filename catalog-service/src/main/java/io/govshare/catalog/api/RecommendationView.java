package io.govshare.catalog.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.service.Recommendation;

/** A month's recommended national resources (表2-2 of the report). */
@Schema(description = "Recommended national resources of a month, in rank order")
public record RecommendationView(String month, List<Item> items) {

    /** One row: rank, resource and the ministry that provides it. */
    public record Item(int rank, String resourceCode, String resourceName, String ministryCode, String ministry) {

        static Item from(Recommendation r) {
            return new Item(r.rank(), r.resourceCode(), r.resourceName(), r.ministryCode(), r.ministry());
        }
    }

    static RecommendationView of(String month, List<Recommendation> recommendations) {
        return new RecommendationView(
                month, recommendations.stream().map(Item::from).toList());
    }
}
