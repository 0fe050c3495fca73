package io.govshare.report.render;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The colophon (版记) at the foot of the last page (GB/T 9704-2012 7.3): its lines in 4号, one character in from each
 * side, a wrapped line aligned after its colon; a thick rule over the first line, thin rules between the groups and
 * a thick rule on the foot of the type area under the last line. On a page of its own when the last page is too full.
 */
final class PdfColophon {

    private final PdfPages pages;
    private final FontFace face;

    PdfColophon(PdfPages pages, FontFace face) {
        this.pages = pages;
        this.face = face;
    }

    void draw(List<List<DocumentParts.ColophonLine>> groups) throws IOException {
        if (groups.isEmpty()) {
            return;
        }
        float inset = Layout.SMALL_SIZE;
        float width = Layout.TEXT_WIDTH - 2 * inset;
        List<List<List<LineBreaker.Line>>> laid = new ArrayList<>();
        int total = 0;
        for (List<DocumentParts.ColophonLine> group : groups) {
            List<List<LineBreaker.Line>> lines = new ArrayList<>();
            for (DocumentParts.ColophonLine line : group) {
                var glyphs = LineBreaker.glyphs(line.left(), this.face, this.face, Layout.SMALL_SIZE, false);
                lines.add(LineBreaker.lines(glyphs, width, 0, hangingIndent(line.left()), false));
                total += lines.get(lines.size() - 1).size();
            }
            laid.add(lines);
        }
        // one empty line at least between the text and the colophon
        this.pages.ensure(total + 1);
        int line = Layout.LINES - total;
        float left = Layout.LEFT;
        float right = Layout.LEFT + Layout.TEXT_WIDTH;
        this.pages.rule(left, right, PdfPages.top(line), Layout.THICK_RULE, Color.BLACK);
        for (int g = 0; g < groups.size(); g++) {
            if (g > 0) {
                this.pages.rule(left, right, PdfPages.top(line), Layout.THIN_RULE, Color.BLACK);
            }
            for (int k = 0; k < groups.get(g).size(); k++) {
                List<LineBreaker.Line> lines = laid.get(g).get(k);
                for (int l = 0; l < lines.size(); l++) {
                    float baseline = PdfPages.baseline(line + l, 1, Layout.SMALL_SIZE);
                    this.pages.text(lines.get(l), left + inset, baseline, Layout.SMALL_SIZE, Color.BLACK);
                }
                String flushRight = groups.get(g).get(k).right();
                if (flushRight != null) {
                    var glyphs = LineBreaker.glyphs(flushRight, this.face, this.face, Layout.SMALL_SIZE, false);
                    float x = right - inset - LineBreaker.width(glyphs);
                    float baseline = PdfPages.baseline(line, 1, Layout.SMALL_SIZE);
                    this.pages.text(glyphs, PdfPages.offsets(glyphs), x, baseline, Layout.SMALL_SIZE, Color.BLACK);
                }
                line += lines.size();
            }
        }
        // the last rule lies on the foot of the type area (the thick rule's width drawn inside it)
        this.pages.rule(
                left, right, PdfPages.top(Layout.LINES) + Layout.THICK_RULE / 2, Layout.THICK_RULE, Color.BLACK);
        this.pages.line(Layout.LINES);
    }

    /** A wrapped line of "抄送：…" starts under the first character after the colon. */
    private float hangingIndent(String text) {
        int colon = text.indexOf('：');
        if (colon < 0 || colon > 6) {
            return 0;
        }
        return LineBreaker.width(
                LineBreaker.glyphs(text.substring(0, colon + 1), this.face, this.face, Layout.SMALL_SIZE, false));
    }
}
