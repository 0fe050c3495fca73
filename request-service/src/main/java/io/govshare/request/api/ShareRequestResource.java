package io.govshare.request.api;

import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.InvalidInputException;
import io.govshare.common.identity.Roles;
import io.govshare.common.input.Codes;
import io.govshare.common.input.PageRequest;
import io.govshare.common.web.Callers;
import io.govshare.request.config.RequestConfig;
import io.govshare.request.domain.ShareRequestStatus;
import io.govshare.request.persistence.RequestOrder;
import io.govshare.request.service.RequestDetails;
import io.govshare.request.service.RequestFilter;
import io.govshare.request.service.RequestQueries;
import io.govshare.request.service.SubmissionService;

/** Submitting and reading share requests; a department sees those where it is applicant or provider. */
@Path("/api/v1/share-requests")
@Tag(name = "Share requests", description = "Applications for data between departments (数据共享申请)")
public class ShareRequestResource {

    /** The longest look ahead of {@code dueWithinDays}. */
    static final int MAX_DUE_WITHIN_DAYS = 3660;

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
            operationId = "submitShareRequest",
            summary = "Submit a share request (提交数据共享申请)",
            description = "The applicant is the organization of the token (claim org). The catalog names the provider"
                    + " and the sharing type: UNCONDITIONAL resources are AUTO_APPROVED at once, NOT_SHAREABLE ones"
                    + " are refused (422) and nothing is stored; national ministries' resources go through the"
                    + " NATIONAL_ZONE channel. 申请方为令牌中的单位；无条件共享的资源即时通过，不予共享的资源被拒绝。")
    @APIResponse(
            responseCode = "201",
            description = "Created (已提交): Location names the new request, ETag is its version",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ShareRequestView.class)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden: not a dept-user; not-permitted: the token has no org claim (无权提交)")
    @APIResponse(
            responseCode = "422",
            description = "not-shareable: the resource is NOT_SHAREABLE (不予共享); nothing is stored")
    @APIResponse(responseCode = "502", description = "catalog-service refused the call; nothing is stored")
    @APIResponse(responseCode = "503", description = "catalog-service cannot be reached; nothing is stored")
    public Uni<Response> submit(@Valid @NotNull SubmissionBody body) {
        return this.submissions
                .submit(Callers.of(this.identity), body.toSubmission())
                .map(details -> created(details, this.zone));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.DEPT_USER, Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER})
    @Operation(
            operationId = "getShareRequest",
            summary = "Get a share request with its history (查看共享申请及审批记录)",
            description = "For its applicant's and provider's department users and the platform admin; anyone else"
                    + " gets 404, so that its existence does not leak. The ETag is the version, for If-Match on"
                    + " actions; availableActions are the caller's. 仅申请方、提供方和平台管理员可见。")
    @APIResponse(
            responseCode = "200",
            description = "The request (共享申请)",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ShareRequestView.class)))
    @APIResponse(responseCode = "403", description = "forbidden: no department role and not the platform admin")
    public Uni<Response> get(
            @Parameter(description = "The request's id", example = "0f8e4c1a-7a47-4c2e-9d1b-2f6f0a9e5b11")
                    @PathParam("id")
                    UUID id) {
        return this.queries.get(Callers.of(this.identity), id).map(details -> ok(details, this.zone));
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.DEPT_USER, Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER})
    @Operation(
            operationId = "listShareRequests",
            summary = "List share requests, or the caller's inbox (共享申请列表 / 待办)",
            description = "The platform admin sees all; a department the requests where it is applicant or provider."
                    + " Filters combine. actionable=true is the inbox: the requests on which the caller can take a"
                    + " provider's action now (accept, review, sign, reject); the applicant's withdraw and resubmit do"
                    + " not count. Every item carries the caller's availableActions, its deadline and overdue."
                    + " 部门只能看到本单位作为申请方或提供方的申请；actionable=true 为待办。")
    @APIResponse(
            responseCode = "200",
            description = "A page of share requests (共享申请分页)",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ShareRequestPage.class)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden: no department role and not the platform admin; not-permitted: no org claim")
    public Uni<ShareRequestPage> list(
            @Parameter(
                            description = "One status or several, comma-separated (状态，可多个)",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ShareRequestStatus.class),
                            example = "SUBMITTED,ACCEPTED,REVIEWED")
                    @QueryParam("status")
                    List<String> status,
            @Parameter(description = "Only requests of this applicant", example = "gz.zwfwzx")
                    @QueryParam("applicantOrg")
                    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
                    String applicantOrg,
            @Parameter(description = "Only requests to this provider", example = "gz.scjgj")
                    @QueryParam("providerOrg")
                    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
                    String providerOrg,
            @Parameter(description = "Only requests submitted in this month (platform time zone)", example = "2023-10")
                    @QueryParam("month")
                    YearMonth month,
            @Parameter(description = "Only overdue (true) or not overdue (false) requests") @QueryParam("overdue")
                    Boolean overdue,
            @Parameter(
                            description = "true: only the caller's inbox (待办), the requests on which it can accept,"
                                    + " review, sign or reject now; false or absent: no such filter")
                    @QueryParam("actionable")
                    Boolean actionable,
            @Parameter(
                            description = "Only requests still waiting for the provider's response whose deadline"
                                    + " falls within the next N days, overdue ones included (即将到期)",
                            example = "3")
                    @QueryParam("dueWithinDays")
                    @Min(0)
                    @Max(MAX_DUE_WITHIN_DAYS)
                    Integer dueWithinDays,
            @Parameter(
                            description = "deadline, -deadline, submittedAt or -submittedAt ('-': descending), then id",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"deadline", "-deadline", "submittedAt", "-submittedAt"},
                                            defaultValue = "-submittedAt"))
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "Zero-based page") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, 1 to 500")
                    @QueryParam("size")
                    @DefaultValue("50")
                    @Min(1)
                    @Max(PageRequest.MAX_SIZE)
                    int size) {
        PageRequest paging = new PageRequest(page, size);
        RequestFilter filter = new RequestFilter(
                statuses(status),
                applicantOrg,
                providerOrg,
                month,
                overdue,
                Boolean.TRUE.equals(actionable),
                dueWithinDays,
                order(sort));
        return this.queries
                .list(Callers.of(this.identity), filter, paging.page(), paging.size())
                .map(result ->
                        ShareRequestPage.of(result, details -> ShareRequestSummaryView.from(details, this.zone)));
    }

    /** {@code status=A,B} or {@code status=A&status=B}: each name a status, nothing else. */
    static Set<ShareRequestStatus> statuses(List<String> values) {
        Set<ShareRequestStatus> statuses = EnumSet.noneOf(ShareRequestStatus.class);
        if (values == null) {
            return statuses;
        }
        for (String value : values) {
            for (String name : value.split(",", -1)) {
                statuses.add(Arrays.stream(ShareRequestStatus.values())
                        .filter(candidate -> candidate.name().equals(name.strip()))
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException(
                                "status", CommonMessages.ONE_OF, Arrays.toString(ShareRequestStatus.values()))));
            }
        }
        return statuses;
    }

    static RequestOrder order(String sort) {
        if (sort == null) {
            return RequestOrder.DEFAULT;
        }
        return RequestOrder.of(sort.strip())
                .orElseThrow(() -> new InvalidInputException("sort", CommonMessages.ONE_OF, RequestOrder.parameters()));
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
