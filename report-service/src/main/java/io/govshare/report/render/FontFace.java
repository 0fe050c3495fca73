package io.govshare.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;

import io.govshare.report.domain.FontChoice;

/**
 * One parsed TrueType font serving a role, with the metrics the PDF and DOCX layouts measure text with. The tables
 * the metrics read are loaded when the face is made, so measuring is safe from any thread; embedding the font in a
 * PDF is not (PdfRenderer renders one PDF at a time).
 *
 * <p>The PDF shows one character at a time, each at the place the line breaker gave it ({@code PdfPages.text}), so
 * a glyph substitution of PDFBox (GSUB: for Latin script the features ccmp, liga and clig, all of them sequences of
 * two glyphs or more in the open fonts) can never change a glyph; yet PDFBox compiled a regular expression of the
 * font's substitutions for every character shown, about half of a PDF's time. When no substitution that PDFBox
 * would apply can change a lone glyph, the face's font is marked to have none ({@link #withoutLoneGlyphGsub}); the
 * glyphs drawn are the same.
 */
public final class FontFace {

    private final FontRole role;
    private final Path file;
    private final TrueTypeFont font;
    private final boolean official;
    private final String family;
    private final String postScriptName;
    private final boolean bold;
    private final CmapLookup cmap;
    private final HorizontalMetricsTable metrics;
    private final float unitsPerEm;

    FontFace(FontRole role, Path file, TrueTypeFont font, boolean official, String family) {
        this.role = role;
        this.file = file;
        this.font = font;
        this.official = official;
        this.family = family;
        try {
            this.postScriptName = font.getName();
            this.bold = font.getOS2Windows() != null && font.getOS2Windows().getWeightClass() >= 600;
            this.cmap = font.getUnicodeCmapLookup();
            this.metrics = font.getHorizontalMetrics();
            this.unitsPerEm = font.getUnitsPerEm();
            withoutLoneGlyphGsub(font);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }

    /** Turns PDFBox's glyph substitution off for a font whose substitutions never change a single glyph. */
    static void withoutLoneGlyphGsub(TrueTypeFont font) throws IOException {
        GsubData gsub = font.getGsubData();
        if (gsub == GsubData.NO_DATA_FOUND) {
            return;
        }
        // PDFBox applies these three features to Latin-script fonts (GsubWorkerForLatin) and others to other scripts
        if (gsub.getLanguage() != Language.LATIN) {
            return;
        }
        for (String feature : new String[] {"ccmp", "liga", "clig"}) {
            if (gsub.isFeatureSupported(feature)
                    && gsub.getFeature(feature).getAllGlyphIdsForSubstitution().stream()
                            .anyMatch(glyphs -> glyphs.size() < 2)) {
                return;
            }
        }
        font.setEnableGsub(false);
    }

    public FontRole role() {
        return this.role;
    }

    public Path file() {
        return this.file;
    }

    /** The parsed font, for embedding (not safe for concurrent documents). */
    public TrueTypeFont font() {
        return this.font;
    }

    public String postScriptName() {
        return this.postScriptName;
    }

    /** Whether the font maps the code point to a glyph. */
    public boolean has(int codePoint) {
        return this.cmap.getGlyphId(codePoint) != 0;
    }

    /** The advance width of the code point's glyph in em (1 for a CJK ideograph). */
    public float advance(int codePoint) {
        return this.metrics.getAdvanceWidth(this.cmap.getGlyphId(codePoint)) / this.unitsPerEm;
    }

    /** What the report's metadata says about this face. */
    public FontChoice choice() {
        return new FontChoice(
                this.role.key(), this.role.wanted(), this.family, this.postScriptName, this.bold, this.official);
    }
}
