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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
 * The workflow actions as command sub-resources. An illegal move is 409 {@code invalid-transition} with
 * {@code currentStatus} and {@code availableActions}; a wrong actor 403; a stale {@code If-Match} 409
 * {@code concurrent-modification} (docs/api.md, "request-service").
 */
@Path("/api/v1/share-requests/{id}")
@Tag(name = "Share request workflow", description = "Accept, review, sign, reject, withdraw, resubmit (审批流程)")
public class ShareRequestActionResource {

    private static final String ID_DOC = "The request's id";
    private static final String ID_EXAMPLE = "0f8e4c1a-7a47-4c2e-9d1b-2f6f0a9e5b11";
    private static final String IF_MATCH_DOC =
            "The version read (its ETag, e.g. \"3\"); if the request changed since: 409 concurrent-modification";
    private static final String OK = "The request after the step (操作后的申请)";
    private static final String ACTION_403 =
            "forbidden: a role that never takes this action; not-permitted (with reason):"
                    + " the other party, or the wrong role at this node";
    private static final String ACTION_409 =
            "invalid-transition (with currentStatus, availableActions): not possible in"
                    + " the current status; concurrent-modification (with currentVersion): If-Match is stale or another action"
                    + " was stored first";

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
    @RolesAllowed({Roles.DEPT_REVIEWER, Roles.PLATFORM_ADMIN})
    @Operation(
            operationId = "acceptShareRequest",
            summary = "Accept (受理) a SUBMITTED request",
            description = "For the provider's reviewers (提供方审核人员). The first response: it is timed against the"
                    + " deadline.")
    @APIResponse(
            responseCode = "200",
            description = OK,
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ShareRequestView.class)))
    @APIResponse(responseCode = "403", description = ACTION_403)
    @APIResponse(responseCode = "409", description = ACTION_409)
    public Uni<Response> accept(
            @Parameter(description = ID_DOC, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid ActionBody body) {
        return act(id, ShareRequestAction.ACCEPT, ifMatch, body);
    }

    @POST
    @Path("/review")
    @RolesAllowed({Roles.DEPT_REVIEWER, Roles.PLATFORM_ADMIN})
    @Operation(
            operationId = "reviewShareRequest",
            summary = "Review (审核) an ACCEPTED request",
            description = "For the provider's reviewers (提供方审核人员).")
    @APIResponse(
            responseCode = "200",
            description = OK,
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ShareRequestView.class)))
    @APIResponse(responseCode = "403", description = ACTION_403)
    @APIResponse(responseCode = "409", description = ACTION_409)
    public Uni<Response> review(
            @Parameter(description = ID_DOC, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid ActionBody body) {
        return act(id, ShareRequestAction.REVIEW, ifMatch, body);
    }

    @POST
    @Path("/sign")
    @RolesAllowed({Roles.DEPT_SIGNER, Roles.PLATFORM_ADMIN})
    @Operation(
            operationId = "signShareRequest",
            summary = "Sign (签发) a REVIEWED request: approved",
            description = "For the provider's signers (提供方签发人员).")
    @APIResponse(
            responseCode = "200",
            description = OK,
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ShareRequestView.class)))
    @APIResponse(responseCode = "403", description = ACTION_403)
    @APIResponse(responseCode = "409", description = ACTION_409)
    public Uni<Response> sign(
            @Parameter(description = ID_DOC, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid ActionBody body) {
        return act(id, ShareRequestAction.SIGN, ifMatch, body);
    }

    @POST
    @Path("/reject")
    @RolesAllowed({Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER, Roles.PLATFORM_ADMIN})
    @Operation(
            operationId = "rejectShareRequest",
            summary = "Reject (驳回) a pending request; the comment is the reason and required",
            description = "At ACCEPT and REVIEW for the provider's reviewers, at SIGN for its signers. Without a"
                    + " comment: 400 naming comment. 驳回须填写理由。")
    @APIResponse(
            responseCode = "200",
            description = OK,
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ShareRequestView.class)))
    @APIResponse(responseCode = "403", description = ACTION_403)
    @APIResponse(responseCode = "409", description = ACTION_409)
    public Uni<Response> reject(
            @Parameter(description = ID_DOC, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid ActionBody body) {
        return act(id, ShareRequestAction.REJECT, ifMatch, body);
    }

    @POST
    @Path("/withdraw")
    @RolesAllowed({Roles.DEPT_USER, Roles.PLATFORM_ADMIN})
    @Operation(
            operationId = "withdrawShareRequest",
            summary = "Withdraw (撤回) a pending request",
            description = "For the applicant's users (申请方用户).")
    @APIResponse(
            responseCode = "200",
            description = OK,
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ShareRequestView.class)))
    @APIResponse(responseCode = "403", description = ACTION_403)
    @APIResponse(responseCode = "409", description = ACTION_409)
    public Uni<Response> withdraw(
            @Parameter(description = ID_DOC, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid ActionBody body) {
        return act(id, ShareRequestAction.WITHDRAW, ifMatch, body);
    }

    @POST
    @Path("/resubmit")
    @RolesAllowed({Roles.DEPT_USER, Roles.PLATFORM_ADMIN})
    @Operation(
            operationId = "resubmitShareRequest",
            summary = "Resubmit (重提) a REJECTED or WITHDRAWN request",
            description = "Creates a new request in SUBMITTED (or AUTO_APPROVED) linked by resubmissionOf; the old one"
                    + " keeps its status. A request is resubmitted once. The catalog is asked again for provider and"
                    + " sharing type. 重提会生成一条新的关联申请。")
    @APIResponse(
            responseCode = "201",
            description = "The new request (新申请); Location names it",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ShareRequestView.class)))
    @APIResponse(responseCode = "403", description = ACTION_403)
    @APIResponse(
            responseCode = "409",
            description = "invalid-transition: not REJECTED or WITHDRAWN; conflict: resubmitted already")
    @APIResponse(responseCode = "422", description = "not-shareable: the resource has become NOT_SHAREABLE")
    @APIResponse(responseCode = "502", description = "catalog-service refused the call; nothing is stored")
    @APIResponse(responseCode = "503", description = "catalog-service cannot be reached; nothing is stored")
    public Uni<Response> resubmit(
            @Parameter(description = ID_DOC, example = ID_EXAMPLE) @PathParam("id") UUID id, @Valid ActionBody body) {
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
