package io.govshare.report.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The recommended national resources of a month (国家数据资源推荐, 表2-2), in rank order. */
@Schema(name = "ReportRecommendations", description = "Recommended national resources (国家数据资源推荐)")
public record Recommendations(String month, List<Item> items) {

    public Recommendations {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One recommended resource and the ministry providing it. */
    @Schema(name = "ReportRecommendationItem", description = "A recommended resource (推荐资源)")
    public record Item(int rank, String resourceCode, String resourceName, String ministryCode, String ministry) {}
}
