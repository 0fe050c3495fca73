package io.govshare.report.render;

import java.util.Base64;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * HTML of the report for a browser: the Markdown document through commonmark (GFM tables), the charts embedded as PNG
 * data URIs, in the page of {@code templates/report/page.html} (the fonts and sizes of the PDF, print CSS for A4).
 */
@ApplicationScoped
public class HtmlRenderer {

    private final Template page;

    public HtmlRenderer(@Location("report/page.html") Template page) {
        this.page = page;
    }

    /** The whole page. */
    public String page(String markdown, Map<String, byte[]> charts) {
        DocumentParts parts = DocumentParts.parse(markdown);
        org.commonmark.renderer.html.HtmlRenderer renderer = org.commonmark.renderer.html.HtmlRenderer.builder()
                .extensions(DocumentParts.EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(false)
                .attributeProviderFactory(context -> attributes(parts, charts))
                .build();
        String title = parts.document().getFirstChild() == null
                ? ""
                : DocumentParts.text(parts.document().getFirstChild());
        // the colophon goes into a block of its own, which is never split across pages
        Document colophon = new Document();
        Node n = parts.document().getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            DocumentParts.Part part = parts.partOf(n);
            if (part == DocumentParts.Part.COLOPHON) {
                n.unlink();
                colophon.appendChild(n);
            }
            n = next;
        }
        return this.page
                .data("title", title)
                .data("body", renderer.render(parts.document()))
                .data("colophon", renderer.render(colophon))
                .render();
    }

    private static AttributeProvider attributes(DocumentParts parts, Map<String, byte[]> charts) {
        return (node, tagName, attributes) -> {
            DocumentParts.Part part = parts.partOf(node);
            if (part != null) {
                attributes.put("class", part.cssClass());
            }
            if (node instanceof Image image && image.getDestination().startsWith("chart:")) {
                byte[] png = charts.get(image.getDestination().substring("chart:".length()));
                if (png != null) {
                    attributes.put(
                            "src",
                            "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
                }
            }
        };
    }
}
