package io.govshare.report.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import io.govshare.report.domain.ExchangeSummary;

/**
 * exchange-stats-service (docs/api.md), called with this service's own client-credentials token (role
 * {@code service}), which its platform-wide statistics allow.
 */
@RegisterRestClient(configKey = "exchange")
@OidcClientFilter
@Path(ExchangeApi.PATH)
interface ExchangeApi {

    String PATH = "/api/v1/exchange-stats";

    @GET
    @Path("/summary")
    Uni<ExchangeSummary> summary(@RestQuery String month);

    @GET
    @Path("/rankings")
    Uni<List<OrgCalls>> rankings(
            @RestQuery String month, @RestQuery String side, @RestQuery String level, @RestQuery int limit);

    @GET
    @Path("/regions")
    Uni<List<RegionCalls>> regions(@RestQuery String month, @RestQuery String side);

    /** A row of {@code /rankings} as exchange-stats-service writes it. */
    record OrgCalls(int rank, String orgCode, String orgName, long calls) {}

    /** A row of {@code /regions} as exchange-stats-service writes it. */
    record RegionCalls(int rank, String regionCode, String regionName, long calls) {}
}
