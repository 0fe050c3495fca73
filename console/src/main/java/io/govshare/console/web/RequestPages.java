package io.govshare.console.web;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.govshare.console.client.ApiProblem;
import io.govshare.console.client.Page;
import io.govshare.console.client.RequestsApi;

/**
 * 待办 ({@code /inbox}), 我的申请 ({@code /requests}) and a request's page ({@code /requests/{id}}) with its audit
 * trail and the actions the API offers the user on it ({@code availableActions}), taken with {@code If-Match}.
 */
@Path("/")
public class RequestPages {

    static final int PAGE_SIZE = 50;
    static final Set<String> ACTIONS = Set.of("ACCEPT", "REVIEW", "SIGN", "REJECT", "WITHDRAW", "RESUBMIT");
    static final List<String> STATUSES =
            List.of("SUBMITTED", "ACCEPTED", "REVIEWED", "SIGNED", "REJECTED", "WITHDRAWN", "AUTO_APPROVED");
    /** Longest reason kept in the address when a session expired while it was posted. */
    static final int MAX_DRAFT = 1000;

    public record Row(RequestsApi.Summary request, String applicantName, String providerName) {}

    public record ListView(Page<Row> page, String status, List<String> statuses, boolean overdueOnly, String refusal) {}

    public record DetailView(
            RequestsApi.Detail request,
            String applicantName,
            String providerName,
            boolean provider,
            String done,
            boolean expired,
            String comment,
            FormErrors errors) {

        public boolean canReject() {
            return this.request.availableActions() != null
                    && this.request.availableActions().contains("REJECT");
        }
    }

    private final UserSession session;
    private final RequestsApi requests;

    public RequestPages(UserSession session, @RestClient RequestsApi requests) {
        this.session = session;
        this.requests = requests;
    }

    @GET
    @Path("inbox")
    @Produces(MediaType.TEXT_HTML)
    public Response inbox(@QueryParam("page") String page, @QueryParam("overdue") String overdue) {
        Frame frame = this.session.frame("待办", "inbox");
        boolean overdueOnly = "true".equals(overdue);
        Page<RequestsApi.Summary> found = this.requests.list(
                this.session.bearer(),
                true,
                null,
                null,
                overdueOnly ? Boolean.TRUE : null,
                "deadline",
                Inputs.page(page),
                PAGE_SIZE);
        return Pages.html(200, Views.inbox(frame, new ListView(rows(found), null, STATUSES, overdueOnly, null)));
    }

    @GET
    @Path("requests")
    @Produces(MediaType.TEXT_HTML)
    public Response mine(@QueryParam("page") String page, @QueryParam("status") String status) {
        Frame frame = this.session.frame("我的申请", "requests");
        String chosen = Inputs.oneOf(STATUSES, status);
        var org = this.session.org();
        if (org.isEmpty()) {
            ListView none = new ListView(
                    rows(new Page<>(List.of(), 0, PAGE_SIZE, 0)), chosen, STATUSES, false, "您的账号不属于任何单位，没有本单位的申请。");
            return Pages.html(200, Views.requests(frame, none));
        }
        Page<RequestsApi.Summary> found = this.requests.list(
                this.session.bearer(),
                null,
                chosen,
                org.get().code(),
                null,
                "-submittedAt",
                Inputs.page(page),
                PAGE_SIZE);
        return Pages.html(200, Views.requests(frame, new ListView(rows(found), chosen, STATUSES, false, null)));
    }

    @GET
    @Path("requests/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response detail(
            @PathParam("id") String idText,
            @QueryParam("done") String done,
            @QueryParam("draft") String draft,
            @QueryParam("expired") String expired) {
        String id = Inputs.id(idText);
        RequestsApi.Detail request = this.requests.get(this.session.bearer(), id);
        return Pages.html(
                200,
                page(
                        request,
                        "SUBMIT".equals(done) ? done : Inputs.oneOf(ACTIONS, done),
                        "1".equals(expired),
                        draft,
                        FormErrors.NONE));
    }

    @POST
    @Path("requests/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response act(
            @PathParam("id") String idText,
            @FormParam("action") String action,
            @FormParam("version") String version,
            @FormParam("comment") String comment,
            @Context HttpHeaders headers) {
        String id = Inputs.id(idText);
        String draft = comment == null ? "" : comment.length() > MAX_DRAFT ? comment.substring(0, MAX_DRAFT) : comment;
        String back = "/requests/" + id + "?expired=1" + (draft.isEmpty() ? "" : "&draft=" + Pages.encode(draft));
        if (this.session.anonymous()) {
            return Relogin.to(back, headers);
        }
        if (Inputs.oneOf(ACTIONS, action) == null) {
            throw new jakarta.ws.rs.BadRequestException("unknown action");
        }
        String ifMatch = version != null && version.matches("[0-9]{1,9}") ? "\"" + version + "\"" : null;
        try {
            RequestsApi.Detail result = this.requests.act(
                    this.session.bearer(),
                    ifMatch,
                    id,
                    action.toLowerCase(java.util.Locale.ROOT),
                    new RequestsApi.Comment(Inputs.optional(comment)));
            return Pages.seeOther("/requests/" + result.id() + "?done=" + action);
        } catch (ApiProblem problem) {
            if (problem.sessionExpired()) {
                return Relogin.to(back, headers);
            }
            if (problem.status() >= 500) {
                throw problem;
            }
            RequestsApi.Detail current = this.requests.get(this.session.bearer(), id);
            return Pages.html(problem.status(), page(current, null, false, comment, FormErrors.of(problem)));
        }
    }

    private io.quarkus.qute.TemplateInstance page(
            RequestsApi.Detail request, String done, boolean expired, String comment, FormErrors errors) {
        Frame frame = this.session.frame("申请详情", "");
        boolean provider = this.session
                .org()
                .map(org -> org.code().equals(request.providerOrg()))
                .orElse(false);
        DetailView view = new DetailView(
                request,
                this.session.orgName(request.applicantOrg()),
                this.session.orgName(request.providerOrg()),
                provider,
                done,
                expired,
                comment == null ? "" : comment,
                errors);
        return Views.detail(frame, view);
    }

    private Page<Row> rows(Page<RequestsApi.Summary> found) {
        List<Row> rows = found.items().stream()
                .map(r -> new Row(r, this.session.orgName(r.applicantOrg()), this.session.orgName(r.providerOrg())))
                .toList();
        return new Page<>(rows, found.page(), found.size(), found.total());
    }
}
