package io.govshare.console.web;

import java.time.YearMonth;
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

import io.govshare.common.error.ProblemException;
import io.govshare.console.client.ApiProblem;
import io.govshare.console.client.ReportApi;

/**
 * 月报编制 ({@code /admin/reports?month=}), for report editors: build a month, read its checks (failed ones in
 * red), publish (with an override reason while a check fails), verify a version against the live services.
 */
@Path("/admin/reports")
public class AdminReportsPage {

    public record View(
            String month,
            String monthError,
            List<ReportApi.Summary> versions,
            ReportApi.Version version,
            ReportApi.Verification verification,
            String done,
            String reason,
            boolean override,
            boolean expired,
            FormErrors errors) {

        View withOverride(boolean checked) {
            return new View(
                    this.month,
                    this.monthError,
                    this.versions,
                    this.version,
                    this.verification,
                    this.done,
                    this.reason,
                    checked,
                    this.expired,
                    this.errors);
        }
    }

    private final UserSession session;
    private final ReportApi reports;

    public AdminReportsPage(UserSession session, @RestClient ReportApi reports) {
        this.session = session;
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(
            @QueryParam("month") String monthText,
            @QueryParam("version") String version,
            @QueryParam("verify") String verify,
            @QueryParam("done") String done,
            @QueryParam("reason") String reason,
            @QueryParam("expired") String expired) {
        if (monthText == null || monthText.isBlank()) {
            return render(
                    200,
                    new View(
                            YearMonth.now(Formats.zone()).minusMonths(1).toString(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            "",
                            false,
                            false,
                            FormErrors.NONE));
        }
        String month;
        try {
            month = Inputs.month("month", monthText).toString();
        } catch (ProblemException e) {
            return render(
                    400,
                    new View(
                            monthText,
                            FormErrors.of(e).field("month"),
                            null,
                            null,
                            null,
                            null,
                            "",
                            false,
                            false,
                            FormErrors.NONE));
        }
        Integer chosen = ReportPages.version(version);
        ReportApi.Verification verification =
                "1".equals(verify) ? this.reports.verify(this.session.bearer(), month, chosen) : null;
        View view = view(
                month,
                chosen,
                verification,
                "built".equals(done) || "published".equals(done) ? done : null,
                reason,
                "1".equals(expired),
                FormErrors.NONE);
        return render(200, view);
    }

    @POST
    @Path("{month}/build")
    @Produces(MediaType.TEXT_HTML)
    public Response build(@PathParam("month") String monthText, @Context HttpHeaders headers) {
        String month = Inputs.month("month", monthText).toString();
        if (this.session.anonymous()) {
            return Relogin.to("/admin/reports?month=" + month + "&expired=1", headers);
        }
        try {
            ReportApi.Version built = this.reports.build(this.session.bearer(), month);
            return Pages.seeOther("/admin/reports?month=" + month + "&version=" + built.version() + "&done=built");
        } catch (ApiProblem problem) {
            return refused(problem, month, "", false, headers);
        }
    }

    @POST
    @Path("{month}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response publish(
            @PathParam("month") String monthText,
            @FormParam("override") String override,
            @FormParam("reason") String reason,
            @Context HttpHeaders headers) {
        String month = Inputs.month("month", monthText).toString();
        boolean overriding = "true".equals(override);
        String kept = reason == null ? "" : reason.length() > 600 ? reason.substring(0, 600) : reason;
        if (this.session.anonymous()) {
            return Relogin.to("/admin/reports?month=" + month + "&expired=1&reason=" + Pages.encode(kept), headers);
        }
        try {
            ReportApi.Publish body = overriding
                    ? new ReportApi.Publish(true, reason == null ? "" : reason.strip())
                    : new ReportApi.Publish(null, null);
            ReportApi.Version published = this.reports.publish(this.session.bearer(), month, body);
            return Pages.seeOther(
                    "/admin/reports?month=" + month + "&version=" + published.version() + "&done=published");
        } catch (ApiProblem problem) {
            return refused(problem, month, reason, overriding, headers);
        }
    }

    private Response refused(ApiProblem problem, String month, String reason, boolean override, HttpHeaders headers) {
        if (problem.sessionExpired()) {
            return Relogin.to("/admin/reports?month=" + month + "&expired=1", headers);
        }
        if (problem.status() >= 500) {
            throw problem;
        }
        return render(
                problem.status(),
                view(month, null, null, null, reason, false, FormErrors.of(problem))
                        .withOverride(override));
    }

    private View view(
            String month,
            Integer chosen,
            ReportApi.Verification verification,
            String done,
            String reason,
            boolean expired,
            FormErrors errors) {
        String bearer = this.session.bearer();
        List<ReportApi.Summary> versions = this.reports.list(bearer, month);
        ReportApi.Version version = null;
        if (!versions.isEmpty()) {
            int number = chosen != null ? chosen : versions.get(0).version();
            version = this.reports.get(bearer, month, "json", number);
        }
        return new View(
                month,
                null,
                versions,
                version,
                verification,
                done,
                reason == null ? "" : reason,
                false,
                expired,
                errors);
    }

    private Response render(int status, View view) {
        return Pages.html(status, Views.adminReports(this.session.frame("月报编制", "admin-reports"), view));
    }
}
