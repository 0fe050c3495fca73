package io.govshare.request.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * catalog-service as request-service calls it. The calls carry request-service's own client-credentials token
 * ({@code @OidcClientFilter}), never the caller's: what is asked (a resource's provider and sharing type, an
 * organization's level and name) is public to any authenticated caller, and the history import and statistics have
 * no department user whose token could be passed on (ADR identity-and-service-tokens).
 */
@RegisterRestClient(configKey = "catalog")
@OidcClientFilter
@Path("/api/v1")
interface CatalogApi {

    @GET
    @Path("/resources/{code}")
    Uni<CatalogResource> resource(@PathParam("code") String code);

    @GET
    @Path("/organizations/{code}")
    Uni<CatalogOrganization> organization(@PathParam("code") String code);
}
