package io.govshare.exchange.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of catalog-service's API this service reads. Calls carry this service's own client-credentials token
 * ({@code @OidcClientFilter}), never the caller's: the catalog's lists are readable by any authenticated client, and a
 * statistic asked for by a department must not depend on what that department may read (ADR identity).
 */
@RegisterRestClient(configKey = "catalog")
@OidcClientFilter
@Path("/api/v1")
interface CatalogApi {

    @GET
    @Path("/organizations")
    Uni<Page<OrganizationRef>> organizations(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/regions")
    Uni<Page<RegionRef>> regions(@QueryParam("page") int page, @QueryParam("size") int size);

    /** A page of a catalog list. */
    record Page<T>(List<T> items, int page, int size, long total) {}

    /** The fields of a catalog organization this service reads. */
    record OrganizationRef(String code, String name, String level, String regionCode, Boolean active) {}

    /** The fields of a catalog region this service reads. */
    record RegionRef(String code, String name) {}
}
