package io.govshare.console.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The calls of catalog-service the console makes (docs/api.md, "catalog-service"), each with the user's own token
 * ({@code authorization} is {@code Bearer <access token>}). The records hold only the fields the pages read.
 */
@Path("/api/v1")
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(ProblemReader.class)
@ClientHeaderParam(name = "Accept-Language", value = "zh-CN")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Me(String username, List<String> roles, Org org) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Org(String code, String name, String level, String regionCode, String regionName) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organization(String code, String name, String shortName, String level, String regionCode, Boolean active) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Region(String code, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String name, String description) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Resource(
            String code,
            String name,
            String providerOrg,
            String sharingType,
            String openType,
            String updateFrequency,
            List<Item> items,
            String description) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LedgerUnit(
            String orgCode, String orgName, String orgShortName, String status, String since, String plannedDate) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LedgerChange(
            String status,
            String effectiveDate,
            String plannedDate,
            String note,
            String recordedAt,
            String recordedBy) {}

    @GET
    @Path("/me")
    Me me(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/organizations/{code}")
    Organization organization(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);

    @GET
    @Path("/organizations")
    Page<Organization> organizations(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("q") String q,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/regions")
    Page<Region> regions(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/resources")
    Page<Resource> resources(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("q") String q,
            @QueryParam("sharingType") String sharingType,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/resources/{code}")
    Resource resource(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);

    @GET
    @Path("/ledger/units")
    List<LedgerUnit> ledger(@HeaderParam("Authorization") String authorization, @QueryParam("asOf") String asOf);

    @GET
    @Path("/ledger/units/{orgCode}/history")
    List<LedgerChange> ledgerHistory(
            @HeaderParam("Authorization") String authorization, @PathParam("orgCode") String orgCode);
}
