package io.govshare.console.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.govshare.common.error.ProblemException;
import io.govshare.console.client.CatalogApi;
import io.govshare.console.client.Page;

/**
 * The platform administrator's pages: 一本账 ({@code /admin/ledger?asOf=&org=}), the one-ledger status table as of
 * a day with a unit's history, and 目录管理 ({@code /admin/catalog?tab=&q=}), the regions, organizations and
 * resources of the catalog.
 */
@Path("/admin")
public class AdminPages {

    static final int PAGE_SIZE = 50;
    static final List<String> TABS = List.of("organizations", "resources", "regions");

    public record LedgerView(
            String asOf,
            String asOfError,
            List<CatalogApi.LedgerUnit> units,
            String org,
            List<CatalogApi.LedgerChange> history) {}

    public record CatalogView(
            String tab,
            String q,
            Page<CatalogApi.Organization> organizations,
            Page<CatalogApi.Resource> resources,
            Page<CatalogApi.Region> regions) {}

    private final UserSession session;
    private final CatalogApi catalog;

    public AdminPages(UserSession session, @RestClient CatalogApi catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    @GET
    @Path("ledger")
    @Produces(MediaType.TEXT_HTML)
    public Response ledger(@QueryParam("asOf") String asOfText, @QueryParam("org") String orgText) {
        Frame frame = this.session.frame("政务数据一本账", "admin-ledger");
        String asOf;
        try {
            asOf = asOfText == null || asOfText.isBlank()
                    ? LocalDate.now(Formats.zone()).toString()
                    : Inputs.date("asOf", asOfText);
        } catch (ProblemException e) {
            LedgerView invalid = new LedgerView(asOfText, FormErrors.of(e).field("asOf"), List.of(), null, List.of());
            return Pages.html(400, Views.adminLedger(frame, invalid));
        }
        String bearer = this.session.bearer();
        List<CatalogApi.LedgerUnit> units = this.catalog.ledger(bearer, asOf);
        String org = Inputs.optional(orgText) == null ? null : Inputs.code("org", orgText);
        List<CatalogApi.LedgerChange> history = org == null ? List.of() : this.catalog.ledgerHistory(bearer, org);
        return Pages.html(200, Views.adminLedger(frame, new LedgerView(asOf, null, units, org, history)));
    }

    @GET
    @Path("catalog")
    @Produces(MediaType.TEXT_HTML)
    public Response catalog(
            @QueryParam("tab") String tabText, @QueryParam("q") String qText, @QueryParam("page") String pageText) {
        Frame frame = this.session.frame("目录管理", "admin-catalog");
        String tab = Inputs.oneOf(TABS, tabText) == null ? TABS.get(0) : tabText;
        String q = Inputs.optional(qText);
        if (q != null && q.length() > 100) {
            q = q.substring(0, 100);
        }
        int page = Inputs.page(pageText);
        String bearer = this.session.bearer();
        Page<CatalogApi.Organization> organizations = null;
        Page<CatalogApi.Resource> resources = null;
        Page<CatalogApi.Region> regions = null;
        switch (tab) {
            case "resources" -> resources = this.catalog.resources(bearer, q, null, page, PAGE_SIZE);
            case "regions" -> regions = this.catalog.regions(bearer, page, PAGE_SIZE);
            default -> organizations = this.catalog.organizations(bearer, q, page, PAGE_SIZE);
        }
        CatalogView view = new CatalogView(tab, q == null ? "" : q, organizations, resources, regions);
        return Pages.html(200, Views.adminCatalog(frame, view));
    }
}
