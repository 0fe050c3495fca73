package io.govshare.request.api;

import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.identity.Roles;
import io.govshare.common.input.Codes;
import io.govshare.common.input.PageRequest;
import io.govshare.common.web.Callers;
import io.govshare.request.config.RequestConfig;
import io.govshare.request.domain.ShareRequestStatus;
import io.govshare.request.service.RequestDetails;
import io.govshare.request.service.RequestQueries;
import io.govshare.request.service.SubmissionService;

/** Submitting and reading share requests; a department sees those where it is applicant or provider. */
@Path("/api/v1/share-requests")
@Tag(name = "Share requests", description = "Applications for data between departments (数据共享申请)")
public class ShareRequestResource {

    private final SubmissionService submissions;
    private final RequestQueries queries;
    private final SecurityIdentity identity;
    private final ZoneId zone;

    public ShareRequestResource(
            SubmissionService submissions, RequestQueries queries, SecurityIdentity identity, RequestConfig config) {
        this.submissions = submissions;
        this.queries = queries;
        this.identity = identity;
        this.zone = config.timeZone();
    }

    @POST
    @RolesAllowed(Roles.DEPT_USER)
    @Operation(
            summary = "Submit a share request",
            description = "The applicant is the organization of the token (claim org). The catalog names the provider"
                    + " and the sharing type: UNCONDITIONAL resources are AUTO_APPROVED at once, NOT_SHAREABLE ones"
                    + " are refused (422); national ministries' resources go through the NATIONAL_ZONE channel.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new request")
    @APIResponse(
            responseCode = "422",
            description = "The resource is not shareable; nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "503",
            description = "The catalog cannot be reached; nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> submit(@Valid @NotNull SubmissionBody body) {
        return this.submissions
                .submit(Callers.of(this.identity), body.toSubmission())
                .map(details -> created(details, this.zone));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.DEPT_USER, Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER})
    @Operation(
            summary = "Get a share request with its history",
            description = "For its applicant's and provider's users and the platform admin; anyone else gets 404."
                    + " The ETag is the version, for If-Match on actions.")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return this.queries.get(Callers.of(this.identity), id).map(details -> ok(details, this.zone));
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.DEPT_USER, Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER})
    @Operation(
            summary = "List share requests",
            description = "Newest submission first. The platform admin sees all; a department the requests where it is"
                    + " applicant or provider. Filters combine.")
    public Uni<PageView<ShareRequestSummaryView>> list(
            @Parameter(description = "Only this status") @QueryParam("status") ShareRequestStatus status,
            @Parameter(description = "Only requests of this applicant")
                    @QueryParam("applicantOrg")
                    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
                    String applicantOrg,
            @Parameter(description = "Only requests to this provider")
                    @QueryParam("providerOrg")
                    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
                    String providerOrg,
            @Parameter(description = "Only requests submitted in this month (YYYY-MM, platform time zone)")
                    @QueryParam("month")
                    YearMonth month,
            @Parameter(description = "Only overdue (true) or not overdue (false) requests") @QueryParam("overdue")
                    Boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        PageRequest paging = new PageRequest(page, size);
        return this.queries
                .list(
                        Callers.of(this.identity),
                        status,
                        applicantOrg,
                        providerOrg,
                        month,
                        overdue,
                        paging.page(),
                        paging.size())
                .map(result -> PageView.of(result, details -> ShareRequestSummaryView.from(details, this.zone)));
    }

    static Response ok(RequestDetails details, ZoneId zone) {
        return Response.ok(ShareRequestView.from(details, zone))
                .header(HttpHeaders.ETAG, IfMatch.etag(details.request().version))
                .build();
    }

    static Response created(RequestDetails details, ZoneId zone) {
        return Response.created(URI.create("/api/v1/share-requests/" + details.request().id))
                .header(HttpHeaders.ETAG, IfMatch.etag(details.request().version))
                .entity(ShareRequestView.from(details, zone))
                .build();
    }
}
