package io.govshare.console.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The calls of report-service the console makes (docs/api.md, "report-service"), with the user's own token. */
@Path("/api/v1/reports")
@RegisterRestClient(configKey = "report")
@RegisterProvider(ProblemReader.class)
@ClientHeaderParam(name = "Accept-Language", value = "zh-CN")
public interface ReportApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(String month, int version, String status, String builtAt, boolean checksOk) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Check(String name, boolean ok, String detail) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Version(
            String month,
            int version,
            String status,
            String builtAt,
            String builtBy,
            String publishedAt,
            String publishedBy,
            String overrideReason,
            boolean checksOk,
            List<Check> checks) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Change(String figure, JsonNode was, JsonNode now) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Verification(String month, int version, List<Change> changes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Publish(Boolean override, String reason) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    List<Summary> list(@HeaderParam("Authorization") String authorization, @QueryParam("month") String month);

    @GET
    @Path("/{month}")
    @Produces(MediaType.APPLICATION_JSON)
    Version get(
            @HeaderParam("Authorization") String authorization,
            @PathParam("month") String month,
            @QueryParam("format") String format,
            @QueryParam("version") Integer version);

    /** The version as HTML, PDF or DOCX, as report-service sends it (type, disposition, CSP). */
    @GET
    @Path("/{month}")
    @Produces(MediaType.WILDCARD)
    Response document(
            @HeaderParam("Authorization") String authorization,
            @PathParam("month") String month,
            @QueryParam("format") String format,
            @QueryParam("version") Integer version);

    @POST
    @Path("/{month}/build")
    @Produces(MediaType.APPLICATION_JSON)
    Version build(@HeaderParam("Authorization") String authorization, @PathParam("month") String month);

    @POST
    @Path("/{month}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Version publish(
            @HeaderParam("Authorization") String authorization, @PathParam("month") String month, Publish publish);

    @GET
    @Path("/{month}/verify")
    @Produces(MediaType.APPLICATION_JSON)
    Verification verify(
            @HeaderParam("Authorization") String authorization,
            @PathParam("month") String month,
            @QueryParam("version") Integer version);
}
