package io.govshare.exchange.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.exchange.domain.Rankings;

/** One organization of a ranking. */
@Schema(description = "An organization's place in a ranking")
public record OrganizationRankView(int rank, String orgCode, String orgName, long calls) {

    static OrganizationRankView from(Rankings.Entry entry) {
        return new OrganizationRankView(entry.rank(), entry.code(), entry.name(), entry.calls());
    }
}
