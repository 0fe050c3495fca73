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

/** The call of exchange-stats-service the console makes: an organization's own figures of a month. */
@Path("/api/v1")
@RegisterRestClient(configKey = "exchange")
@RegisterProvider(ProblemReader.class)
@ClientHeaderParam(name = "Accept-Language", value = "zh-CN")
@Produces(MediaType.APPLICATION_JSON)
public interface ExchangeApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Counterpart(String orgCode, String orgName, long provided, long used) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ByResource(String resourceCode, long provided, long used) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(String date, long provided, long used) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrgFigures(
            String orgCode,
            String orgName,
            String from,
            String to,
            long provided,
            long used,
            List<Counterpart> byCounterpart,
            List<ByResource> byResource,
            List<Day> byDay) {}

    @GET
    @Path("/exchange-stats/organizations/{code}")
    OrgFigures organization(
            @HeaderParam("Authorization") String authorization,
            @PathParam("code") String code,
            @QueryParam("month") String month);
}
