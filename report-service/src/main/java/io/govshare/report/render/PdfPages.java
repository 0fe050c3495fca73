package io.govshare.report.render;

import java.awt.Color;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The pages of a PDF on the line grid of {@link Layout}: which grid line comes next, a new page when a block does not
 * fit, and the drawing of lines of text, rules and images. Each page gets its number, 4号 "— n —", on the outer side:
 * odd pages on the right, even pages on the left, one character in from the type area. Without a document the pages
 * are only counted (a dry run that tells the DOCX where the PDF's pages end).
 */
final class PdfPages implements AutoCloseable {

    private static final PDPage DRY = new PDPage();

    private final PDDocument doc;
    private final FontFace numbers;
    private final Map<TrueTypeFont, PDType0Font> loaded = new IdentityHashMap<>();
    private PDPage page;
    private PDPageContentStream content;
    private int line;
    private int count;

    PdfPages(PDDocument doc, FontFace numbers) {
        this.doc = doc;
        this.numbers = numbers;
    }

    /** The next free grid line of the current page (0 to 21). */
    int line() {
        return this.line;
    }

    void line(int line) {
        this.line = line;
    }

    /** Grid lines left on the current page. */
    int remaining() {
        return this.page == null ? 0 : Layout.LINES - this.line;
    }

    PDPage page() {
        return this.page;
    }

    /** Starts a new page unless {@code lines} grid lines still fit on this one. */
    void ensure(int lines) throws IOException {
        if (this.page == null || this.line + lines > Layout.LINES) {
            newPage();
        }
    }

    void newPage() throws IOException {
        closeContent();
        this.line = 0;
        this.count++;
        if (this.doc == null) {
            this.page = DRY;
            return;
        }
        this.page = new PDPage(new PDRectangle(Layout.PAGE_WIDTH, Layout.PAGE_HEIGHT));
        this.doc.addPage(this.page);
        this.content = new PDPageContentStream(this.doc, this.page);
        pageNumber();
    }

    /** The pages begun so far. */
    int count() {
        return this.count;
    }

    /** Whether pages are only counted, not drawn. */
    boolean dry() {
        return this.doc == null;
    }

    /** The height from the page's foot of the top of a grid line. */
    static float top(int line) {
        return Layout.PAGE_HEIGHT - Layout.TOP - line * Layout.LINE_PITCH;
    }

    /** The baseline that centres text of a size in {@code span} grid lines from {@code line}. */
    static float baseline(int line, int span, float size) {
        // an ideographic em box reaches 0.88 em above the baseline and 0.12 em below: its middle is 0.38 em up
        return top(line) - span * Layout.LINE_PITCH / 2 - 0.38f * size;
    }

    /** Draws a line of text with its left edge at {@code x}. */
    void text(LineBreaker.Line line, float x, float baseline, float size, Color color) throws IOException {
        text(line.glyphs(), line.x(), x, baseline, size, color);
    }

    void text(List<LineBreaker.Glyph> glyphs, float[] offsets, float x, float baseline, float size, Color color)
            throws IOException {
        if (this.content == null) {
            return;
        }
        this.content.setNonStrokingColor(color);
        this.content.beginText();
        FontFace current = null;
        for (int k = 0; k < glyphs.size(); k++) {
            LineBreaker.Glyph g = glyphs.get(k);
            if (g.codePoint() == ' ') {
                continue;
            }
            if (g.face() != current) {
                current = g.face();
                this.content.setFont(font(current), size);
            }
            this.content.setTextMatrix(Matrix.getTranslateInstance(x + offsets[k], baseline));
            this.content.showText(g.text());
        }
        this.content.endText();
    }

    /** A horizontal rule at height {@code y}. */
    void rule(float x0, float x1, float y, float width, Color color) throws IOException {
        if (this.content == null) {
            return;
        }
        this.content.setStrokingColor(color);
        this.content.setLineWidth(width);
        this.content.moveTo(x0, y);
        this.content.lineTo(x1, y);
        this.content.stroke();
    }

    /** A vertical rule from {@code y0} down to {@code y1}. */
    void vertical(float x, float y0, float y1, float width, Color color) throws IOException {
        if (this.content == null) {
            return;
        }
        this.content.setStrokingColor(color);
        this.content.setLineWidth(width);
        this.content.moveTo(x, y0);
        this.content.lineTo(x, y1);
        this.content.stroke();
    }

    void box(float x, float y, float w, float h, float width, Color color) throws IOException {
        if (this.content == null) {
            return;
        }
        this.content.setStrokingColor(color);
        this.content.setLineWidth(width);
        this.content.addRect(x, y, w, h);
        this.content.stroke();
    }

    void image(PDImageXObject image, float x, float y, float w, float h) throws IOException {
        if (this.content == null) {
            return;
        }
        this.content.drawImage(image, x, y, w, h);
    }

    /** The font of a face in this document, embedded as a subset. */
    PDType0Font font(FontFace face) throws IOException {
        // two roles may share one font (body and page numbers in Noto Serif SC): it is embedded once
        PDType0Font font = this.loaded.get(face.font());
        if (font == null) {
            font = PDType0Font.load(this.doc, face.font(), true);
            this.loaded.put(face.font(), font);
        }
        return font;
    }

    private void pageNumber() throws IOException {
        String number = "— " + this.count + " —";
        List<LineBreaker.Glyph> glyphs =
                LineBreaker.glyphs(number, this.numbers, this.numbers, Layout.SMALL_SIZE, false);
        float width = LineBreaker.width(glyphs);
        float x = this.count % 2 == 1
                ? Layout.LEFT + Layout.TEXT_WIDTH - Layout.SMALL_SIZE - width
                : Layout.LEFT + Layout.SMALL_SIZE;
        // the dashes (at about 0.3 em) lie 7 mm under the type area
        float baseline = Layout.BOTTOM - Layout.NUMBER_GAP - 0.3f * Layout.SMALL_SIZE;
        text(glyphs, offsets(glyphs), x, baseline, Layout.SMALL_SIZE, Color.BLACK);
    }

    /** The offsets of glyphs set one after the other, with {@code spacing} between them. */
    static float[] offsets(List<LineBreaker.Glyph> glyphs, float spacing) {
        float[] x = new float[glyphs.size()];
        float at = 0;
        for (int k = 0; k < glyphs.size(); k++) {
            x[k] = at;
            at += glyphs.get(k).advance() + spacing;
        }
        return x;
    }

    static float[] offsets(List<LineBreaker.Glyph> glyphs) {
        return offsets(glyphs, 0);
    }

    private void closeContent() throws IOException {
        if (this.content != null) {
            this.content.close();
            this.content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}
