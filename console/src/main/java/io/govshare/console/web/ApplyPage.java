package io.govshare.console.web;

import java.util.List;

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
import io.govshare.console.client.CatalogApi;
import io.govshare.console.client.Page;
import io.govshare.console.client.RequestsApi;

/**
 * 申请数据 ({@code /apply}): search the catalog with each resource's sharing type, and apply for one
 * ({@code /apply/{code}}) with purpose and legal basis. A NOT_SHAREABLE resource, or one of the user's own
 * organization, says so before anything is submitted. What the user typed survives an expired session: it comes
 * back in the address of the form.
 */
@Path("/apply")
public class ApplyPage {

    static final int PAGE_SIZE = 20;
    static final List<String> SHARING_TYPES = List.of("UNCONDITIONAL", "CONDITIONAL", "NOT_SHAREABLE");
    /** Longest text kept in the address when a session expired while the form was posted. */
    static final int MAX_DRAFT = 600;

    public record Row(CatalogApi.Resource resource, String providerName) {}

    public record SearchView(String q, String sharingType, List<String> sharingTypes, Page<Row> page) {}

    public record Draft(String purpose, String legalBasis, String validUntil, List<String> items) {

        public boolean chosen(String item) {
            return this.items.isEmpty() || this.items.contains(item);
        }
    }

    public record FormView(
            CatalogApi.Resource resource,
            String providerName,
            boolean ownResource,
            Draft draft,
            boolean expired,
            FormErrors errors) {

        public boolean notShareable() {
            return "NOT_SHAREABLE".equals(this.resource.sharingType());
        }
    }

    private final UserSession session;
    private final CatalogApi catalog;
    private final RequestsApi requests;

    public ApplyPage(UserSession session, @RestClient CatalogApi catalog, @RestClient RequestsApi requests) {
        this.session = session;
        this.catalog = catalog;
        this.requests = requests;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response search(
            @QueryParam("q") String q, @QueryParam("sharingType") String sharingType, @QueryParam("page") String page) {
        Frame frame = this.session.frame("申请数据", "apply");
        String type = Inputs.oneOf(SHARING_TYPES, sharingType);
        String query = Inputs.optional(q);
        if (query != null && query.length() > 100) {
            query = query.substring(0, 100);
        }
        Page<CatalogApi.Resource> found =
                this.catalog.resources(this.session.bearer(), query, type, Inputs.page(page), PAGE_SIZE);
        List<Row> rows = found.items().stream()
                .map(r -> new Row(r, this.session.orgName(r.providerOrg())))
                .toList();
        SearchView view = new SearchView(
                query == null ? "" : query,
                type,
                SHARING_TYPES,
                new Page<>(rows, found.page(), found.size(), found.total()));
        return Pages.html(200, Views.apply(frame, view));
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response form(
            @PathParam("code") String codeText,
            @QueryParam("purpose") String purpose,
            @QueryParam("legalBasis") String legalBasis,
            @QueryParam("validUntil") String validUntil,
            @QueryParam("items") List<String> items,
            @QueryParam("expired") String expired) {
        String code = Inputs.code("code", codeText);
        Draft draft = new Draft(text(purpose), text(legalBasis), text(validUntil), items == null ? List.of() : items);
        return Pages.html(200, page(code, draft, "1".equals(expired), FormErrors.NONE));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(
            @PathParam("code") String codeText,
            @FormParam("purpose") String purpose,
            @FormParam("legalBasis") String legalBasis,
            @FormParam("validUntil") String validUntil,
            @FormParam("items") List<String> items,
            @Context HttpHeaders headers) {
        String code = Inputs.code("code", codeText);
        List<String> chosen = items == null ? List.of() : items;
        Draft draft = new Draft(text(purpose), text(legalBasis), text(validUntil), chosen);
        if (this.session.anonymous()) {
            return Relogin.to(draftAddress(code, draft), headers);
        }
        try {
            RequestsApi.Detail created = this.requests.submit(
                    this.session.bearer(),
                    new RequestsApi.Submission(
                            code,
                            purpose == null ? "" : purpose.strip(),
                            Inputs.optional(legalBasis),
                            chosen.isEmpty() ? null : chosen,
                            Inputs.optional(validUntil)));
            return Pages.seeOther("/requests/" + created.id() + "?done=SUBMIT");
        } catch (ApiProblem problem) {
            if (problem.sessionExpired()) {
                return Relogin.to(draftAddress(code, draft), headers);
            }
            if (problem.status() >= 500) {
                throw problem;
            }
            return Pages.html(problem.status(), page(code, draft, false, FormErrors.of(problem)));
        }
    }

    private io.quarkus.qute.TemplateInstance page(String code, Draft draft, boolean expired, FormErrors errors) {
        Frame frame = this.session.frame("申请数据", "apply");
        CatalogApi.Resource resource = this.catalog.resource(this.session.bearer(), code);
        boolean own = this.session
                .org()
                .map(org -> org.code().equals(resource.providerOrg()))
                .orElse(false);
        FormView view =
                new FormView(resource, this.session.orgName(resource.providerOrg()), own, draft, expired, errors);
        return Views.applyForm(frame, view);
    }

    /** The form's address with what the user typed, each text cut to {@link #MAX_DRAFT} characters. */
    static String draftAddress(String code, Draft draft) {
        StringBuilder address = new StringBuilder("/apply/").append(code).append("?expired=1");
        append(address, "purpose", draft.purpose());
        append(address, "legalBasis", draft.legalBasis());
        append(address, "validUntil", draft.validUntil());
        for (String item : draft.items()) {
            append(address, "items", item);
        }
        return address.toString();
    }

    private static void append(StringBuilder address, String name, String value) {
        if (value != null && !value.isEmpty()) {
            String kept = value.length() > MAX_DRAFT ? value.substring(0, MAX_DRAFT) : value;
            address.append('&').append(name).append('=').append(Pages.encode(kept));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
