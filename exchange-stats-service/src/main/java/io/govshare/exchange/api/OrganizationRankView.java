package io.govshare.exchange.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.exchange.domain.Rankings;

/** One organization of a ranking. */
@Schema(name = "ExchangeOrganizationRank", description = "An organization's place in a ranking (单位排名)")
public record OrganizationRankView(
        @Schema(required = true, description = "Position 1, 2, 3 …", example = "1")
        int rank,

        @Schema(required = true, example = "gz.zwfwzx") String orgCode,
        @Schema(required = true, example = "省政务服务中心") String orgName,

        @Schema(required = true, description = "Calls provided or used in the month", example = "11541123")
        long calls) {

    static OrganizationRankView from(Rankings.Entry entry) {
        return new OrganizationRankView(entry.rank(), entry.code(), entry.name(), entry.calls());
    }
}
