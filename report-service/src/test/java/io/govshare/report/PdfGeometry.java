package io.govshare.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import io.govshare.report.render.Layout;

/** Where the text of a PDF lies, read back with PDFBox's text positions: glyphs, and lines of glyphs per page. */
public final class PdfGeometry {

    /**
     * One glyph: its page (from 1), text, left edge and width, baseline measured from the top of the page, size in
     * points and font name (without the subset tag).
     */
    public record Glyph(int page, String text, float x, float baseline, float width, float size, String font) {

        public float end() {
            return this.x + this.width;
        }
    }

    /** The glyphs of one baseline of a page, left to right. */
    public record Line(int page, float baseline, List<Glyph> glyphs) {

        public String text() {
            StringBuilder s = new StringBuilder();
            this.glyphs.forEach(g -> s.append(g.text()));
            return s.toString();
        }

        public float size() {
            return this.glyphs.get(0).size();
        }

        public boolean isPageNumber() {
            return text().replaceAll("\\s", "").matches("—\\d+—");
        }
    }

    private PdfGeometry() {}

    public static List<Glyph> glyphs(PDDocument doc) {
        List<Glyph> glyphs = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (p.getUnicode().isBlank()) {
                            continue;
                        }
                        String font = p.getFont().getName();
                        glyphs.add(new Glyph(
                                getCurrentPageNo(),
                                p.getUnicode(),
                                p.getXDirAdj(),
                                p.getYDirAdj(),
                                p.getWidthDirAdj(),
                                p.getFontSizeInPt(),
                                font.length() > 7 && font.charAt(6) == '+' ? font.substring(7) : font));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** The lines of every page, top to bottom; glyphs whose baselines differ by less than a point share a line. */
    public static List<Line> lines(PDDocument doc) {
        Map<Integer, TreeMap<Float, List<Glyph>>> pages = new TreeMap<>();
        for (Glyph g : glyphs(doc)) {
            TreeMap<Float, List<Glyph>> page = pages.computeIfAbsent(g.page(), k -> new TreeMap<>());
            Float key = page.floorKey(g.baseline() + 1);
            if (key == null || g.baseline() - key > 1) {
                key = g.baseline();
            }
            page.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
        }
        List<Line> lines = new ArrayList<>();
        pages.forEach((page, rows) -> rows.forEach((baseline, glyphs) -> {
            glyphs.sort((a, b) -> Float.compare(a.x(), b.x()));
            lines.add(new Line(page, baseline, glyphs));
        }));
        return lines;
    }

    /** The lowest baseline of the page's text other than its page number. */
    public static float lowestText(List<Line> lines, int page) {
        return (float) lines.stream()
                .filter(l -> l.page() == page && !l.isPageNumber())
                .mapToDouble(Line::baseline)
                .max()
                .orElse(0);
    }

    /** The bottom of the type area, from the top of the page. */
    public static float typeAreaBottom() {
        return Layout.PAGE_HEIGHT - Layout.BOTTOM;
    }
}
