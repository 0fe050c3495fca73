package io.govshare.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.logging.Log;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/** Font files on disk: finding them, parsing each once, and reading the names inside them. */
final class FontFiles {

    private final Map<Path, TrueTypeFont> parsed = new HashMap<>();

    /** The font files in a directory and its subdirectories down to {@code depth}. */
    static List<Path> list(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc|otf)"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            Log.warnf("cannot list the fonts in %s: %s", dir, e.getMessage());
            return List.of();
        }
    }

    /** The fonts of a file (several for a collection), parsed once; none when it cannot be read. */
    List<TrueTypeFont> read(Path file) {
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                List<TrueTypeFont> fonts = new ArrayList<>();
                new TrueTypeCollection(file.toFile()).processAllFonts(fonts::add);
                return fonts;
            }
            TrueTypeFont font = this.parsed.get(file);
            if (font == null) {
                font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                this.parsed.put(file, font);
            }
            return List.of(font);
        } catch (IOException | RuntimeException e) {
            Log.warnf("cannot read the font %s: %s", file, e.getMessage());
            return List.of();
        }
    }

    /** Family, full and PostScript names in every language the font gives. */
    static List<String> names(TrueTypeFont font) {
        try {
            if (font.getNaming() == null) {
                return List.of(font.getName());
            }
            return font.getNaming().getNameRecords().stream()
                    .filter(r -> r.getNameId() == NameRecord.NAME_FONT_FAMILY_NAME
                            || r.getNameId() == NameRecord.NAME_FULL_FONT_NAME
                            || r.getNameId() == NameRecord.NAME_POSTSCRIPT_NAME)
                    .map(NameRecord::getString)
                    .filter(s -> s != null && !s.isBlank())
                    .distinct()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The family name a word processor knows the font by (the English one where there are several). */
    static String family(TrueTypeFont font) {
        try {
            String family = font.getNaming() == null ? null : font.getNaming().getFontFamily();
            return family != null ? family : names(font).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the outlines are TrueType (glyf), which PDFBox embeds; CFF ones it cannot. */
    static boolean hasTrueTypeOutlines(TrueTypeFont font) {
        return font.getTableMap().containsKey("glyf");
    }
}
