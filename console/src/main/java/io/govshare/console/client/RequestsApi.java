package io.govshare.console.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The calls of request-service the console makes (docs/api.md, "request-service"), with the user's own token. */
@Path("/api/v1")
@RegisterRestClient(configKey = "requests")
@RegisterProvider(ProblemReader.class)
@ClientHeaderParam(name = "Accept-Language", value = "zh-CN")
@Produces(MediaType.APPLICATION_JSON)
public interface RequestsApi {

    /** A list item: what the lists show. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(
            String id,
            String applicantOrg,
            String providerOrg,
            String resourceCode,
            String resourceName,
            String status,
            String rejectedAt,
            String submittedAt,
            String deadline,
            boolean overdue,
            int version,
            List<String> availableActions) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(
            int seq,
            String action,
            String from,
            String to,
            String node,
            String actorUser,
            String actorOrg,
            String at,
            String comment) {}

    /** A single request with its audit trail. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Detail(
            String id,
            String applicantOrg,
            String providerOrg,
            String resourceCode,
            String resourceName,
            String channel,
            String status,
            String rejectedAt,
            String purpose,
            String legalBasis,
            List<String> items,
            String validUntil,
            String submittedAt,
            String deadline,
            String respondedAt,
            boolean overdue,
            String resubmissionOf,
            int version,
            List<String> availableActions,
            List<Event> history) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Comment(String comment) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Submission(String resourceCode, String purpose, String legalBasis, List<String> items, String validUntil) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Buckets(
            long submitted,
            long withdrawn,
            long decided,
            long pending,
            long unconditional,
            long signed,
            long rejected,
            Map<String, Long> rejectedByNode) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrgStats(String month, String org, Buckets asApplicant, Buckets asProvider) {}

    @GET
    @Path("/share-requests")
    Page<Summary> list(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("actionable") Boolean actionable,
            @QueryParam("status") String status,
            @QueryParam("applicantOrg") String applicantOrg,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("sort") String sort,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/share-requests/{id}")
    Detail get(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    /** accept, review, sign, reject, withdraw or resubmit; {@code ifMatch} is the version read, as an ETag. */
    @POST
    @Path("/share-requests/{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Detail act(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("If-Match") String ifMatch,
            @PathParam("id") String id,
            @PathParam("action") String action,
            Comment comment);

    @POST
    @Path("/share-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    Detail submit(@HeaderParam("Authorization") String authorization, Submission submission);

    @GET
    @Path("/share-requests/stats")
    OrgStats stats(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("month") String month,
            @QueryParam("org") String org);
}
