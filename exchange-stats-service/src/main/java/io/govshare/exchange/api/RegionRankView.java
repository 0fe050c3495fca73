package io.govshare.exchange.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.exchange.domain.Rankings;

/** One region of a ranking. */
@Schema(
        name = "ExchangeRegionRank",
        description = "A region's place in a ranking: the calls of its city and county bodies (市州排名)")
public record RegionRankView(
        @Schema(required = true, description = "Position 1, 2, 3 …", example = "1")
        int rank,

        @Schema(required = true, example = "520100") String regionCode,
        @Schema(required = true, example = "贵阳市") String regionName,

        @Schema(required = true, description = "Calls provided or used in the month", example = "800008")
        long calls) {

    static RegionRankView from(Rankings.Entry entry) {
        return new RegionRankView(entry.rank(), entry.code(), entry.name(), entry.calls());
    }
}
