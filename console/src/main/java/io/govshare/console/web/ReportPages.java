package io.govshare.console.web;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.govshare.common.input.Months;
import io.govshare.console.client.ReportApi;

/**
 * 月报 ({@code /reports}): the versions the user may read (published ones for departments, drafts too for the
 * operator's staff: report-service decides), each to view as HTML or download as PDF and DOCX. The documents are
 * fetched with the user's token and passed on as report-service sends them (the HTML with its own no-script
 * Content-Security-Policy).
 */
@Path("/reports")
public class ReportPages {

    static final Set<String> FILES = Set.of("pdf", "docx");
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public record ListView(List<ReportApi.Summary> versions) {}

    private final UserSession session;
    private final ReportApi reports;

    public ReportPages(UserSession session, @RestClient ReportApi reports) {
        this.session = session;
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list() {
        Frame frame = this.session.frame("月报", "reports");
        List<ReportApi.Summary> versions = this.reports.list(this.session.bearer(), null);
        return Pages.html(200, Views.reports(frame, new ListView(versions)));
    }

    @GET
    @Path("{month}/html")
    public Response html(@PathParam("month") String month, @QueryParam("version") String version) {
        String m = Months.parse("month", month).toString();
        try (Response upstream = this.reports.document(this.session.bearer(), m, "html", version(version))) {
            String policy = upstream.getHeaderString("Content-Security-Policy");
            return Response.ok(upstream.readEntity(byte[].class))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Content-Security-Policy", policy == null ? REPORT_POLICY : policy)
                    .build();
        }
    }

    @GET
    @Path("{month}/file")
    public Response file(
            @PathParam("month") String month,
            @QueryParam("format") String format,
            @QueryParam("version") String version) {
        String m = Months.parse("month", month).toString();
        if (Inputs.oneOf(FILES, format) == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        try (Response upstream = this.reports.document(this.session.bearer(), m, format, version(version))) {
            String disposition = upstream.getHeaderString("Content-Disposition");
            return Response.ok(upstream.readEntity(byte[].class))
                    .type(upstream.getMediaType())
                    .header(
                            "Content-Disposition",
                            disposition != null
                                    ? disposition
                                    : "attachment; filename=\"report-" + m + "." + format + "\"")
                    .build();
        }
    }

    /** A version number, or null for the latest (the latest published one for departments). */
    static Integer version(String text) {
        if (text == null || !text.matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
