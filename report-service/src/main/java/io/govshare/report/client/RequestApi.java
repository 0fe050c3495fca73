package io.govshare.report.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import io.govshare.report.domain.NationalApplications;
import io.govshare.report.domain.RequestStats;
import io.govshare.report.domain.TimelinessRow;

/**
 * request-service (docs/api.md), called with this service's own client-credentials token (role {@code service}), which
 * its platform-wide statistics allow.
 */
@RegisterRestClient(configKey = "requests")
@OidcClientFilter
@Path(RequestApi.PATH)
interface RequestApi {

    String PATH = "/api/v1";

    @GET
    @Path("/share-requests/stats")
    Uni<RequestStats> stats(@RestQuery String month);

    @GET
    @Path("/share-requests/timeliness")
    Uni<List<TimelinessRow>> timeliness(@RestQuery String month);

    @GET
    @Path("/national-applications")
    Uni<NationalApplications> nationalApplications(@RestQuery String until);
}
