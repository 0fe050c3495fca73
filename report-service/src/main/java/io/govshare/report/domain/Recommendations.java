package io.govshare.report.domain;

import java.util.List;

/** The recommended national resources of a month (国家数据资源推荐, 表2-2), in rank order. */
public record Recommendations(String month, List<Item> items) {

    public Recommendations {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One recommended resource and the ministry providing it. */
    public record Item(int rank, String resourceCode, String resourceName, String ministryCode, String ministry) {}
}
