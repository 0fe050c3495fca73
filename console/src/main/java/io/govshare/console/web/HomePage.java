package io.govshare.console.web;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.govshare.common.error.ProblemException;
import io.govshare.console.client.ApiProblem;
import io.govshare.console.client.CatalogApi;
import io.govshare.console.client.ExchangeApi;
import io.govshare.console.client.RequestsApi;

/**
 * 首页 ({@code /?month=YYYY-MM}): the department's own exchange figures of the month, its request statistics as
 * applicant and as provider, its inbox and overdue counts (docs/console.md). Each part is asked for on its own; a
 * part the user's roles do not allow shows the API's refusal in its place and the others still show.
 */
@Path("/")
public class HomePage {

    /** At most this many counterparts and resources are listed (by calls). */
    static final int TOP = 10;

    /** A part of the page: its value, or the Chinese refusal of the service. */
    public record Part<T>(T value, String refusal) {

        public boolean ok() {
            return this.value != null;
        }
    }

    public record ResourceRow(String code, String name, long provided, long used) {}

    public record View(
            String month,
            String monthError,
            String previous,
            String next,
            CatalogApi.Org org,
            Part<ExchangeApi.OrgFigures> figures,
            List<ExchangeApi.Counterpart> counterparts,
            List<ResourceRow> resources,
            String chart,
            Part<RequestsApi.OrgStats> stats,
            Part<Long> inbox,
            Part<Long> overdue) {}

    private final UserSession session;
    private final ExchangeApi exchange;
    private final RequestsApi requests;
    private final CatalogApi catalog;

    public HomePage(
            UserSession session,
            @RestClient ExchangeApi exchange,
            @RestClient RequestsApi requests,
            @RestClient CatalogApi catalog) {
        this.session = session;
        this.exchange = exchange;
        this.requests = requests;
        this.catalog = catalog;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home(@QueryParam("month") String monthText) {
        Frame frame = this.session.frame("首页", "home");
        YearMonth month;
        try {
            month = Inputs.month("month", monthText);
        } catch (ProblemException e) {
            View invalid = new View(
                    monthText,
                    FormErrors.of(e).field("month"),
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    "",
                    null,
                    null,
                    null);
            return Pages.html(400, Views.home(frame, invalid));
        }
        String m = month.toString();
        CatalogApi.Org org = this.session.org().orElse(null);
        if (org == null) {
            return Pages.html(200, Views.home(frame, emptyView(m, month)));
        }
        String bearer = this.session.bearer();
        Part<ExchangeApi.OrgFigures> figures = part(() -> this.exchange.organization(bearer, org.code(), m));
        Part<RequestsApi.OrgStats> stats = part(() -> this.requests.stats(bearer, m, org.code()));
        Part<Long> inbox = part(() ->
                this.requests.list(bearer, true, null, null, null, null, 0, 1).total());
        Part<Long> overdue = part(() ->
                this.requests.list(bearer, true, null, null, true, null, 0, 1).total());
        List<ExchangeApi.Counterpart> counterparts = List.of();
        List<ResourceRow> resources = List.of();
        String chart = "";
        if (figures.ok()) {
            ExchangeApi.OrgFigures f = figures.value();
            counterparts = f.byCounterpart() == null
                    ? List.of()
                    : f.byCounterpart().stream()
                            .sorted(Comparator.comparingLong((ExchangeApi.Counterpart c) -> c.provided() + c.used())
                                    .reversed())
                            .limit(TOP)
                            .toList();
            resources = f.byResource() == null
                    ? List.of()
                    : f.byResource().stream()
                            .sorted(Comparator.comparingLong((ExchangeApi.ByResource r) -> r.provided() + r.used())
                                    .reversed())
                            .limit(TOP)
                            .map(r ->
                                    new ResourceRow(r.resourceCode(), resourceName(bearer, r), r.provided(), r.used()))
                            .toList();
            chart = Charts.byDay(f.byDay());
        }
        View view = new View(
                m,
                null,
                month.minusMonths(1).toString(),
                month.plusMonths(1).toString(),
                org,
                figures,
                counterparts,
                resources,
                chart,
                stats,
                inbox,
                overdue);
        return Pages.html(200, Views.home(frame, view));
    }

    private static View emptyView(String m, YearMonth month) {
        return new View(
                m,
                null,
                month.minusMonths(1).toString(),
                month.plusMonths(1).toString(),
                null,
                null,
                List.of(),
                List.of(),
                "",
                null,
                null,
                null);
    }

    private String resourceName(String bearer, ExchangeApi.ByResource row) {
        if (row.resourceCode() == null) {
            return "（未注明资源）";
        }
        try {
            return this.catalog.resource(bearer, row.resourceCode()).name();
        } catch (ApiProblem e) {
            if (e.sessionExpired()) {
                throw e;
            }
            return row.resourceCode();
        }
    }

    /** Asks for one part; a refusal (not an expired session) becomes the part's message. */
    static <T> Part<T> part(Supplier<T> call) {
        try {
            return new Part<>(call.get(), null);
        } catch (ApiProblem e) {
            if (e.sessionExpired() || e.status() >= 500) {
                throw e;
            }
            return new Part<>(null, e.detail());
        }
    }
}
