package io.govshare.report.client;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import io.govshare.report.domain.LedgerUnit;
import io.govshare.report.domain.Recommendations;

/**
 * catalog-service (docs/api.md), called with this service's own client-credentials token: the figures are
 * platform-wide and read for the report, not on behalf of the editor who asked for the build.
 */
@RegisterRestClient(configKey = "catalog")
@OidcClientFilter
@Path(CatalogApi.PATH)
interface CatalogApi {

    String PATH = "/api/v1";

    @GET
    @Path("/recommendations")
    Uni<Recommendations> recommendations(@RestQuery String month);

    @GET
    @Path("/ledger/units")
    Uni<List<LedgerUnit>> ledgerUnits(@RestQuery LocalDate asOf);
}
