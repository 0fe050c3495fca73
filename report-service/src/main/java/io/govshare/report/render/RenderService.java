package io.govshare.report.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import io.govshare.report.domain.EditionOption;
import io.govshare.report.domain.ReportVersion;

/**
 * Renders a stored version in one format. Markdown comes from the template; HTML, PDF and DOCX are laid out from that
 * Markdown document, so the words exist once. The charts are drawn only for an edition that has them. Rendering blocks
 * (fonts, charts, PDF), so callers run it on a worker thread.
 */
@ApplicationScoped
public class RenderService {

    private final MarkdownRenderer markdown;
    private final HtmlRenderer html;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final ChartRenderer charts;
    private final RenderCache cache;

    public RenderService(
            MarkdownRenderer markdown,
            HtmlRenderer html,
            PdfRenderer pdf,
            DocxRenderer docx,
            ChartRenderer charts,
            RenderCache cache) {
        this.cache = cache;
        this.markdown = markdown;
        this.html = html;
        this.pdf = pdf;
        this.docx = docx;
        this.charts = charts;
    }

    /** Renders every format but JSON (which is the version itself, written by the API). */
    public Rendered render(ReportVersion version, ReportFormat format) {
        long start = System.nanoTime();
        byte[] body = this.cache.get(version.id(), format.key(), () -> body(version, format));
        Log.debugf(
                "rendered %s v%d as %s in %d ms",
                version.month(), version.version(), format.key(), (System.nanoTime() - start) / 1_000_000);
        return new Rendered(format, body);
    }

    private byte[] body(ReportVersion version, ReportFormat format) {
        return switch (format) {
            case MD -> text(this.markdown.render(ReportModel.of(version.snapshot(), version.checks(), false)));
            case HTML -> text(this.html.page(withCharts(version), chartImages(version)));
            case PDF -> this.pdf.render(withCharts(version), chartImages(version), metadata(version));
            case DOCX ->
                this.docx.render(
                        withCharts(version),
                        chartImages(version),
                        metadata(version),
                        this.pdf.colophonOnOwnPage(withCharts(version), chartImages(version)));
            case JSON -> throw new IllegalArgumentException("JSON is written by the API, not rendered");
        };
    }

    private String withCharts(ReportVersion version) {
        return this.cache.get(
                version.id(),
                "md-with-charts",
                () -> this.markdown.render(ReportModel.of(version.snapshot(), version.checks(), true)));
    }

    private Map<String, byte[]> chartImages(ReportVersion version) {
        if (!version.snapshot().edition().has(EditionOption.CHARTS)) {
            return Map.of();
        }
        return this.cache.get(version.id(), "charts", () -> this.charts.render(version.snapshot()));
    }

    private static ReportMetadata metadata(ReportVersion version) {
        ReportModel model = ReportModel.of(version.snapshot(), version.checks(), false);
        return ReportMetadata.of(version, model.title() + " " + model.monthTitle());
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
