package io.govshare.report.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of a given width the way Chinese word processors do: any two characters may be parted
 * except inside a run of Latin letters and digits (3269.69, TOP10); a closing mark (，。、）” …) never starts a line
 * but hangs in the margin when it would (挂尾, as Word and LibreOffice do), an opening mark never ends one; every line
 * but the last of a paragraph is justified to the full width.
 */
final class LineBreaker {

    private static final String NO_START = "，。、；：？！）》」』】〕〉”’,;:?!)]}";
    private static final String NO_END = "（《「『【〔〈“‘([{";
    private static final float EPSILON = 0.01f;

    /** A character with the face it is drawn in and its advance in points. */
    record Glyph(int codePoint, FontFace face, float advance) {

        String text() {
            return new String(Character.toChars(this.codePoint));
        }
    }

    /**
     * A line: its glyphs and their offsets from the start of the text area; {@code hanging} when its last glyph is a
     * closing mark outside the width.
     */
    record Line(List<Glyph> glyphs, float[] x, boolean hanging, boolean last) {

        /** The text of the line. */
        String text() {
            StringBuilder s = new StringBuilder();
            this.glyphs.forEach(g -> s.appendCodePoint(g.codePoint()));
            return s.toString();
        }

        /** From the start of the text area to the end of the last glyph. */
        float end() {
            return this.glyphs.isEmpty()
                    ? 0
                    : this.x[this.x.length - 1]
                            + this.glyphs.get(this.glyphs.size() - 1).advance();
        }
    }

    private LineBreaker() {}

    /**
     * The glyphs of a text in a face (characters it lacks in {@code fallback}); on the character grid of body text
     * ({@code grid}) every advance is narrowed so that a full-width character takes one grid cell, as Word's
     * document grid does.
     */
    static List<Glyph> glyphs(String text, FontFace face, FontFace fallback, float size, boolean grid) {
        float scale = grid ? Layout.CHAR_PITCH / Layout.BODY_SIZE : 1;
        List<Glyph> glyphs = new ArrayList<>(text.length());
        text.codePoints().forEach(c -> {
            FontFace f = face.has(c) || !fallback.has(c) ? face : fallback;
            glyphs.add(new Glyph(c, f, f.advance(c) * size * scale));
        });
        return glyphs;
    }

    /** The natural width of glyphs set one after the other. */
    static float width(List<Glyph> glyphs) {
        float width = 0;
        for (Glyph g : glyphs) {
            width += g.advance();
        }
        return width;
    }

    /** The lines of a paragraph; the first starts {@code firstIndent} in, the others {@code restIndent}. */
    static List<Line> lines(List<Glyph> glyphs, float width, float firstIndent, float restIndent, boolean justify) {
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int n = glyphs.size();
        while (i < n) {
            float indent = lines.isEmpty() ? firstIndent : restIndent;
            float available = width - indent;
            if (!lines.isEmpty()) {
                while (i < n && glyphs.get(i).codePoint() == ' ') {
                    i++;
                }
            }
            int j = i;
            float used = 0;
            while (j < n && (j == i || used + glyphs.get(j).advance() <= available + EPSILON)) {
                used += glyphs.get(j).advance();
                j++;
            }
            if (j == n) {
                lines.add(place(glyphs.subList(i, n), indent, available, false, false, true));
                break;
            }
            int end = breakAt(glyphs, i, j);
            boolean hanging = end > j;
            lines.add(place(glyphs.subList(i, end), indent, available, hanging, justify, end == n));
            i = end;
        }
        return lines;
    }

    /** Where to end the line that would overflow at {@code overflow}: hang one closing mark, else step back. */
    private static int breakAt(List<Glyph> glyphs, int start, int overflow) {
        int n = glyphs.size();
        if (noStart(glyphs.get(overflow)) && (overflow + 1 == n || !noStart(glyphs.get(overflow + 1)))) {
            return overflow + 1;
        }
        int end = overflow;
        while (end > start + 1
                && (noStart(glyphs.get(end))
                        || noEnd(glyphs.get(end - 1))
                        || (word(glyphs.get(end - 1)) && word(glyphs.get(end))))) {
            end--;
        }
        return end == start + 1 && overflow > start + 1 ? overflow : end;
    }

    private static Line place(
            List<Glyph> glyphs, float indent, float available, boolean hanging, boolean justify, boolean last) {
        int inside = hanging ? glyphs.size() - 1 : glyphs.size();
        float used = 0;
        for (int k = 0; k < inside; k++) {
            used += glyphs.get(k).advance();
        }
        int gaps = 0;
        for (int k = 1; k < inside; k++) {
            if (stretchable(glyphs.get(k - 1), glyphs.get(k))) {
                gaps++;
            }
        }
        float extra = justify && !last && gaps > 0 && used < available ? (available - used) / gaps : 0;
        float[] x = new float[glyphs.size()];
        float at = indent;
        for (int k = 0; k < glyphs.size(); k++) {
            if (k > 0 && k < inside && stretchable(glyphs.get(k - 1), glyphs.get(k))) {
                at += extra;
            }
            x[k] = at;
            at += glyphs.get(k).advance();
        }
        return new Line(List.copyOf(glyphs), x, hanging, last);
    }

    /** Space may be added between two glyphs unless both belong to one Latin word or number. */
    private static boolean stretchable(Glyph before, Glyph after) {
        return !(word(before) && word(after));
    }

    private static boolean noStart(Glyph g) {
        return NO_START.indexOf(g.codePoint()) >= 0;
    }

    private static boolean noEnd(Glyph g) {
        return NO_END.indexOf(g.codePoint()) >= 0;
    }

    private static boolean word(Glyph g) {
        int c = g.codePoint();
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '%';
    }
}
