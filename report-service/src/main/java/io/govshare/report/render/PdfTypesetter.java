package io.govshare.report.render;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Sets the report's Markdown document on PDF pages after GB/T 9704-2012: the red masthead, body text and headings
 * on the 22 × 28 grid (一、 in 黑体, （一） in 楷体, text in 仿宋, each paragraph two characters in), tables and charts
 * that continue on the next page rather than leave a page a third empty, and the colophon at the foot of the last
 * page. The headings become the PDF's outline.
 */
final class PdfTypesetter {

    private static final Color RED = new Color(Layout.RED);
    /** Grid lines a chart takes at its full size, and the fewest it may be shrunk to rather than move on. */
    private static final int CHART_LINES = 9;

    private static final int CHART_MIN_LINES = 6;

    private final PDDocument doc;
    private final PdfPages pages;
    private final Map<FontRole, FontFace> faces;
    private final Map<String, byte[]> charts;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDOutlineItem section;

    PdfTypesetter(PDDocument doc, PdfPages pages, Map<FontRole, FontFace> faces, Map<String, byte[]> charts) {
        this.doc = doc;
        this.pages = pages;
        this.faces = faces;
        this.charts = charts;
    }

    /** Sets the document; answers whether the colophon had to begin a page of its own. */
    boolean write(DocumentParts parts) throws IOException {
        this.pages.newPage();
        String issuer = "";
        for (Node n = parts.document().getFirstChild(); n != null; n = n.getNext()) {
            DocumentParts.Part part = parts.partOf(n);
            if (part == DocumentParts.Part.COLOPHON) {
                continue;
            }
            if (part == DocumentParts.Part.TITLE) {
                title(DocumentParts.text(n));
            } else if (part == DocumentParts.Part.EDITION) {
                centered(DocumentParts.text(n), face(FontRole.BODY), Layout.BODY_SIZE, Color.BLACK);
            } else if (part == DocumentParts.Part.ISSUER) {
                issuer = DocumentParts.text(n);
            } else if (part == DocumentParts.Part.DATE) {
                issuerLine(issuer, DocumentParts.text(n));
            } else if (part == DocumentParts.Part.NOTICE && n instanceof BlockQuote quote) {
                notice(quote);
            } else if (part == DocumentParts.Part.CAPTION) {
                this.pages.ensure(keep(n));
                centered(DocumentParts.text(n), face(FontRole.HEADING1), Layout.SMALL_SIZE, Color.BLACK);
            } else if (part == DocumentParts.Part.FIGURE) {
                figure(n);
            } else if (n instanceof Heading h) {
                heading(h);
            } else if (n instanceof TableBlock table) {
                new PdfTable(this.pages, TableModel.of(table), face(FontRole.HEADING1), face(FontRole.BODY)).draw();
            } else if (n instanceof Paragraph || n instanceof BulletList) {
                paragraph(DocumentParts.text(n), face(FontRole.BODY), Color.BLACK, 2);
            }
        }
        int before = this.pages.count();
        new PdfColophon(this.pages, face(FontRole.BODY)).draw(parts.colophon());
        if (this.doc != null) {
            this.doc.getDocumentCatalog().setDocumentOutline(this.outline);
        }
        return this.pages.count() > before;
    }

    private FontFace face(FontRole role) {
        return this.faces.get(role);
    }

    /** The red title in 小标宋 over two grid lines, its characters spaced. */
    private void title(String text) throws IOException {
        var glyphs = LineBreaker.glyphs(text, face(FontRole.TITLE), face(FontRole.BODY), Layout.TITLE_SIZE, false);
        float[] x = PdfPages.offsets(glyphs, Layout.TITLE_SPACING);
        float width = LineBreaker.width(glyphs) + Layout.TITLE_SPACING * (glyphs.size() - 1);
        float left = Layout.LEFT + (Layout.TEXT_WIDTH - width) / 2;
        this.pages.text(
                glyphs, x, left, PdfPages.baseline(this.pages.line(), 2, Layout.TITLE_SIZE), Layout.TITLE_SIZE, RED);
        this.pages.line(this.pages.line() + 2);
    }

    /** The issuer one character in from the left, the date one character in from the right, the red rule 4 mm under. */
    private void issuerLine(String issuer, String date) throws IOException {
        FontFace body = face(FontRole.BODY);
        float baseline = PdfPages.baseline(this.pages.line(), 1, Layout.BODY_SIZE);
        var left = LineBreaker.glyphs(issuer, body, body, Layout.BODY_SIZE, true);
        this.pages.text(
                left, PdfPages.offsets(left), Layout.LEFT + Layout.CHAR_PITCH, baseline, Layout.BODY_SIZE, Color.BLACK);
        var right = LineBreaker.glyphs(date, body, body, Layout.BODY_SIZE, true);
        float end = Layout.LEFT + Layout.TEXT_WIDTH - Layout.CHAR_PITCH;
        this.pages.text(
                right,
                PdfPages.offsets(right),
                end - LineBreaker.width(right),
                baseline,
                Layout.BODY_SIZE,
                Color.BLACK);
        float rule = baseline - 0.12f * Layout.BODY_SIZE - Layout.MASTHEAD_RULE_GAP;
        this.pages.rule(Layout.LEFT, Layout.LEFT + Layout.TEXT_WIDTH, rule, Layout.MASTHEAD_RULE, RED);
        this.pages.line(this.pages.line() + 2);
    }

    private void centered(String text, FontFace face, float size, Color color) throws IOException {
        var lines = LineBreaker.lines(
                LineBreaker.glyphs(text, face, face(FontRole.BODY), size, size == Layout.BODY_SIZE),
                Layout.TEXT_WIDTH,
                0,
                0,
                false);
        for (LineBreaker.Line line : lines) {
            this.pages.ensure(1);
            float left = Layout.LEFT + (Layout.TEXT_WIDTH - line.end()) / 2;
            this.pages.text(line, left, PdfPages.baseline(this.pages.line(), 1, size), size, color);
            this.pages.line(this.pages.line() + 1);
        }
    }

    private void heading(Heading h) throws IOException {
        FontFace face = face(h.getLevel() <= 2 ? FontRole.HEADING1 : FontRole.HEADING2);
        String text = DocumentParts.text(h);
        var lines = lines(text, face, 2, 0);
        this.pages.ensure(lines.size() + keep(h.getNext()));
        bookmark(text, h.getLevel() <= 2);
        draw(lines, Layout.LEFT, Color.BLACK);
    }

    /** A paragraph on the grid, its first line {@code indent} characters in, every line but the last justified. */
    private void paragraph(String text, FontFace face, Color color, int indent) throws IOException {
        draw(lines(text, face, indent, 0), Layout.LEFT, color);
    }

    private List<LineBreaker.Line> lines(String text, FontFace face, int indent, float inset) {
        return LineBreaker.lines(
                LineBreaker.glyphs(text, face, face(FontRole.BODY), Layout.BODY_SIZE, true),
                Layout.TEXT_WIDTH - 2 * inset,
                indent * Layout.CHAR_PITCH,
                0,
                true);
    }

    private void draw(List<LineBreaker.Line> lines, float left, Color color) throws IOException {
        for (LineBreaker.Line line : lines) {
            this.pages.ensure(1);
            this.pages.text(
                    line, left, PdfPages.baseline(this.pages.line(), 1, Layout.BODY_SIZE), Layout.BODY_SIZE, color);
            this.pages.line(this.pages.line() + 1);
        }
    }

    /** The failed checks: red lines in a red frame, one character in from it. */
    private void notice(BlockQuote quote) throws IOException {
        List<LineBreaker.Line> lines = new ArrayList<>();
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BulletList list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    lines.addAll(lines("• " + DocumentParts.text(item), face(FontRole.BODY), 0, Layout.CHAR_PITCH));
                }
            } else {
                lines.addAll(lines(DocumentParts.text(child), face(FontRole.BODY), 0, Layout.CHAR_PITCH));
            }
        }
        this.pages.ensure(Math.min(lines.size(), Layout.LINES));
        int first = this.pages.line();
        draw(lines, Layout.LEFT + Layout.CHAR_PITCH, RED);
        if (this.pages.line() > first) {
            float top = PdfPages.top(first);
            float bottom = PdfPages.top(this.pages.line());
            this.pages.box(Layout.LEFT, bottom, Layout.TEXT_WIDTH, top - bottom, 1, RED);
        }
    }

    /** A chart and its caption; shrunk to the lines left when at least six are, else on the next page. */
    private void figure(Node n) throws IOException {
        byte[] png =
                this.charts.get(((Image) n.getFirstChild()).getDestination().replace("chart:", ""));
        if (png == null) {
            return;
        }
        // the size from the PNG's header, so that a dry run needs no image
        int imageWidth = java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
        int imageHeight = java.nio.ByteBuffer.wrap(png, 20, 4).getInt();
        int lines = CHART_LINES;
        if (this.pages.remaining() < lines + 1) {
            if (this.pages.remaining() - 1 >= CHART_MIN_LINES) {
                lines = this.pages.remaining() - 1;
            } else {
                this.pages.newPage();
            }
        }
        float height = lines * Layout.LINE_PITCH - 4;
        float width = Math.min(Layout.TEXT_WIDTH, height * imageWidth / imageHeight);
        height = width * imageHeight / imageWidth;
        float top = PdfPages.top(this.pages.line()) - 2;
        if (!this.pages.dry()) {
            PDImageXObject image = PDImageXObject.createFromByteArray(this.doc, png, "chart");
            this.pages.image(image, Layout.LEFT + (Layout.TEXT_WIDTH - width) / 2, top - height, width, height);
        }
        this.pages.line(this.pages.line() + lines);
        centered(DocumentParts.figureCaption(n), face(FontRole.HEADING1), Layout.SMALL_SIZE, Color.BLACK);
    }

    /** The lines a block needs on the page of the heading or caption before it, so that neither is left alone. */
    private static int keep(Node next) {
        if (next instanceof Heading) {
            return 2;
        }
        if (next instanceof TableBlock) {
            return 3;
        }
        if (next instanceof Paragraph p && p.getNext() instanceof TableBlock) {
            return 4;
        }
        return 1;
    }

    private void bookmark(String title, boolean top) {
        if (this.pages.dry()) {
            return;
        }
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(this.pages.page());
        destination.setTop(Math.round(PdfPages.top(this.pages.line())));
        item.setDestination(destination);
        if (top || this.section == null) {
            this.outline.addLast(item);
            this.section = top ? item : this.section;
        } else {
            this.section.addLast(item);
        }
    }
}
