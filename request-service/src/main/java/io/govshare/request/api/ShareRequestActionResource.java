package io.govshare.request.api;

import java.time.ZoneId;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.identity.Roles;
import io.govshare.common.web.Callers;
import io.govshare.request.config.RequestConfig;
import io.govshare.request.domain.ShareRequestAction;
import io.govshare.request.service.SubmissionService;
import io.govshare.request.service.WorkflowService;

/**
 * The workflow actions as command sub-resources (STYLE §3). An illegal move is 409 with {@code currentStatus} and
 * {@code availableActions}; a wrong actor 403; a stale {@code If-Match} 409 {@code concurrent-modification}.
 */
@Path("/api/v1/share-requests/{id}")
@Tag(name = "Share request workflow", description = "Accept, review, sign, reject, withdraw, resubmit")
public class ShareRequestActionResource {

    private static final String IF_MATCH_DOC = "The version read (ETag); if the request changed since: 409";

    private final WorkflowService workflow;
    private final SubmissionService submissions;
    private final SecurityIdentity identity;
    private final ZoneId zone;

    public ShareRequestActionResource(
            WorkflowService workflow, SubmissionService submissions, SecurityIdentity identity, RequestConfig config) {
        this.workflow = workflow;
        this.submissions = submissions;
        this.identity = identity;
        this.zone = config.timeZone();
    }

    @POST
    @Path("/accept")
    @APIResponse(
            responseCode = "409",
            description = "invalid-transition (with currentStatus, availableActions) or concurrent-modification"
                    + " (with currentVersion)")
    @RolesAllowed({Roles.DEPT_REVIEWER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Accept (受理) a SUBMITTED request", description = "For the provider's reviewers.")
    public Uni<Response> accept(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid ActionBody body) {
        return act(id, ShareRequestAction.ACCEPT, ifMatch, body);
    }

    @POST
    @Path("/review")
    @APIResponse(
            responseCode = "409",
            description = "invalid-transition (with currentStatus, availableActions) or concurrent-modification"
                    + " (with currentVersion)")
    @RolesAllowed({Roles.DEPT_REVIEWER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Review (审核) an ACCEPTED request", description = "For the provider's reviewers.")
    public Uni<Response> review(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid ActionBody body) {
        return act(id, ShareRequestAction.REVIEW, ifMatch, body);
    }

    @POST
    @Path("/sign")
    @APIResponse(
            responseCode = "409",
            description = "invalid-transition (with currentStatus, availableActions) or concurrent-modification"
                    + " (with currentVersion)")
    @RolesAllowed({Roles.DEPT_SIGNER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Sign (签发) a REVIEWED request: approved", description = "For the provider's signers.")
    public Uni<Response> sign(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid ActionBody body) {
        return act(id, ShareRequestAction.SIGN, ifMatch, body);
    }

    @POST
    @Path("/reject")
    @APIResponse(
            responseCode = "409",
            description = "invalid-transition (with currentStatus, availableActions) or concurrent-modification"
                    + " (with currentVersion)")
    @RolesAllowed({Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER, Roles.PLATFORM_ADMIN})
    @Operation(
            summary = "Reject (驳回) a pending request; the comment is the reason and required",
            description = "At ACCEPT and REVIEW for the provider's reviewers, at SIGN for its signers.")
    public Uni<Response> reject(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid ActionBody body) {
        return act(id, ShareRequestAction.REJECT, ifMatch, body);
    }

    @POST
    @Path("/withdraw")
    @APIResponse(
            responseCode = "409",
            description = "invalid-transition (with currentStatus, availableActions) or concurrent-modification"
                    + " (with currentVersion)")
    @RolesAllowed({Roles.DEPT_USER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Withdraw (撤回) a pending request", description = "For the applicant's users.")
    public Uni<Response> withdraw(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid ActionBody body) {
        return act(id, ShareRequestAction.WITHDRAW, ifMatch, body);
    }

    @POST
    @Path("/resubmit")
    @RolesAllowed({Roles.DEPT_USER, Roles.PLATFORM_ADMIN})
    @Operation(
            summary = "Resubmit (重提) a REJECTED or WITHDRAWN request",
            description = "Creates a new request in SUBMITTED linked by resubmissionOf; the old one keeps its status."
                    + " A request is resubmitted once. The catalog is asked again for provider and sharing type.")
    @APIResponse(responseCode = "201", description = "The new request; Location names it")
    public Uni<Response> resubmit(@PathParam("id") UUID id, @Valid ActionBody body) {
        return this.submissions
                .resubmit(Callers.of(this.identity), id, ActionBody.commentOf(body))
                .map(details -> ShareRequestResource.created(details, this.zone));
    }

    private Uni<Response> act(UUID id, ShareRequestAction action, String ifMatch, ActionBody body) {
        Long expected = IfMatch.version(ifMatch);
        return this.workflow
                .act(Callers.of(this.identity), id, action, ActionBody.commentOf(body), expected)
                .map(details -> ShareRequestResource.ok(details, this.zone));
    }
}
