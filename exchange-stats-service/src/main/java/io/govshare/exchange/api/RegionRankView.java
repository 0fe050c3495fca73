package io.govshare.exchange.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.exchange.domain.Rankings;

/** One region of a ranking. */
@Schema(description = "A region's place in a ranking: the calls of all its organizations")
public record RegionRankView(int rank, String regionCode, String regionName, long calls) {

    static RegionRankView from(Rankings.Entry entry) {
        return new RegionRankView(entry.rank(), entry.code(), entry.name(), entry.calls());
    }
}
