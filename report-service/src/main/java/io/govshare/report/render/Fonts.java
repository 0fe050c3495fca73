package io.govshare.report.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import io.govshare.report.config.ReportConfig;

/**
 * The CJK TrueType fonts of the report (Noto Serif SC regular and bold, Noto Sans SC bold; SIL OFL 1.1), read from
 * {@code report.fonts.dir}. They are not on ordinary machines: {@code fonts/fetch-fonts.py} puts them there.
 */
@ApplicationScoped
public class Fonts {

    /** The CSS family of body text and sub-headings. */
    public static final String SERIF = "Noto Serif SC";
    /** The CSS family of section headings (the 黑体 of Chinese official documents). */
    public static final String SANS = "Noto Sans SC";

    static final String SERIF_REGULAR = "NotoSerifSC-Regular.ttf";
    static final String SERIF_BOLD = "NotoSerifSC-Bold.ttf";
    static final String SANS_BOLD = "NotoSansSC-Bold.ttf";

    private final Path dir;
    private volatile Font chartFont;
    private final Map<String, TrueTypeFont> parsed = new ConcurrentHashMap<>();

    public Fonts(ReportConfig config) {
        this.dir = config.fonts().dir();
    }

    public Path serifRegular() {
        return require(SERIF_REGULAR);
    }

    public Path serifBold() {
        return require(SERIF_BOLD);
    }

    public Path sansBold() {
        return require(SANS_BOLD);
    }

    /** The font files that are missing from the directory (empty when rendering can work). */
    public List<String> missing() {
        return List.of(SERIF_REGULAR, SERIF_BOLD, SANS_BOLD).stream()
                .filter(name -> !Files.isReadable(this.dir.resolve(name)))
                .toList();
    }

    public Path dir() {
        return this.dir;
    }

    /** Noto Serif SC regular parsed for PDFBox, once; not safe for concurrent documents (see PdfRenderer). */
    public TrueTypeFont parsedSerifRegular() {
        return parsed(SERIF_REGULAR);
    }

    public TrueTypeFont parsedSerifBold() {
        return parsed(SERIF_BOLD);
    }

    public TrueTypeFont parsedSansBold() {
        return parsed(SANS_BOLD);
    }

    private TrueTypeFont parsed(String name) {
        return this.parsed.computeIfAbsent(name, key -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(require(key))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The AWT font of the charts (Noto Serif SC regular, 1 pt; callers derive sizes), loaded once. */
    public Font chartFont() {
        Font font = this.chartFont;
        if (font == null) {
            synchronized (this) {
                if (this.chartFont == null) {
                    try {
                        this.chartFont = Font.createFont(
                                Font.TRUETYPE_FONT, serifRegular().toFile());
                    } catch (FontFormatException e) {
                        throw new IllegalStateException("not a TrueType font: " + serifRegular(), e);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                font = this.chartFont;
            }
        }
        return font;
    }

    private Path require(String name) {
        Path file = this.dir.resolve(name);
        if (!Files.isReadable(file)) {
            throw new FontsMissingException(this.dir, name);
        }
        return file;
    }

    /** A font file is not where {@code report.fonts.dir} says. */
    public static class FontsMissingException extends RuntimeException {

        FontsMissingException(Path dir, String name) {
            super("the font " + name + " is not in " + dir
                    + "; run report-service/fonts/fetch-fonts.py or set GOVSHARE_REPORT_FONTS_DIR");
        }
    }
}
