package io.govshare.report.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import org.apache.fontbox.ttf.TrueTypeFont;

import io.govshare.report.config.ReportConfig;
import io.govshare.report.domain.FontChoice;

/**
 * The fonts of the report, one per {@link FontRole}: the official fonts when {@code report.fonts.official-dir} holds
 * them (recognised by the names inside the font files), otherwise the open TrueType fallbacks: Noto Serif SC and Noto
 * Sans SC from {@code report.fonts.dir} (fetched by {@code fonts/fetch-fonts.py}) and AR PL KaitiM GB from the system
 * font directories (Debian's fonts-arphic-gkai00mp). Only TrueType outlines are used: PDFBox cannot embed CFF ones.
 */
@ApplicationScoped
public class Fonts {

    static final String SERIF_REGULAR = "NotoSerifSC-Regular.ttf";
    static final String SERIF_BOLD = "NotoSerifSC-Bold.ttf";
    static final String SANS_BOLD = "NotoSansSC-Bold.ttf";
    /** AR PL KaitiM GB (Debian fonts-arphic-gkai00mp), the 楷体 of GB 2312. */
    static final String KAI = "gkai00mp.ttf";
    /** LXGW WenKai (Debian fonts-lxgw-wenkai), the next 楷体 when AR PL KaitiM GB is not installed. */
    static final String WENKAI = "LXGWWenKai-Regular.ttf";

    private final ReportConfig.Fonts config;
    private final FontFiles files = new FontFiles();
    private volatile Map<FontRole, FontFace> faces;
    private volatile Font chartFont;
    private volatile boolean filesPresent;

    @Inject
    public Fonts(ReportConfig config) {
        this(config.fonts());
    }

    Fonts(ReportConfig.Fonts config) {
        this.config = config;
    }

    /** The directory of the open fallbacks. */
    public Path dir() {
        return this.config.dir();
    }

    /** The face of a role; fails when no font for it is installed (the readiness check says so first). */
    public FontFace face(FontRole role) {
        FontFace face = resolved().get(role);
        if (face == null) {
            throw new FontsMissingException(missing());
        }
        return face;
    }

    /** The face of every role; fails when a role has no font. */
    public Map<FontRole, FontFace> faces() {
        Map<FontRole, FontFace> found = resolved();
        if (found.size() < FontRole.values().length) {
            throw new FontsMissingException(missing());
        }
        return found;
    }

    /** The font chosen for every role that has one, for the report's metadata. */
    public List<FontChoice> choices() {
        return resolved().values().stream().map(FontFace::choice).toList();
    }

    /** The roles without any font, as "楷体_GB2312 (gkai00mp.ttf, …)"; empty when rendering can work. */
    public List<String> missing() {
        Map<FontRole, FontFace> found = resolved();
        List<String> missing = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            if (!found.containsKey(role)) {
                missing.add(role.wanted() + " (" + String.join(", ", role.fallbacks()) + ")");
            }
        }
        return missing;
    }

    /**
     * The roles without any font file, as {@link #missing()} says them, but without parsing a font when it can: a role
     * is covered when one of its open fallback files is readable. Only when some role has none are the fonts resolved
     * (parsed, the official ones recognised by the names inside them) as for rendering. The readiness check asks this:
     * parsing the CJK fonts (tens of megabytes) took about 2.5 s of the service's start-up on the 2-core development
     * machine and is now done by the first rendering that needs them (docs/performance.md).
     */
    public List<String> missingFiles() {
        if (this.faces != null || this.filesPresent) {
            return List.of();
        }
        for (FontRole role : FontRole.values()) {
            if (role.fallbacks().stream().noneMatch(name -> locate(name).isPresent())) {
                return missing();
            }
        }
        this.filesPresent = true;
        return List.of();
    }

    /** The AWT font of the charts (the body font when it is a TrueType file of its own, 1 pt), loaded once. */
    public Font chartFont() {
        Font font = this.chartFont;
        if (font == null) {
            synchronized (this) {
                if (this.chartFont == null) {
                    Path file = face(FontRole.BODY).file();
                    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf")) {
                        file = face(FontRole.NUMBER).file();
                    }
                    try {
                        this.chartFont = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
                    } catch (FontFormatException e) {
                        throw new IllegalStateException("not a TrueType font: " + file, e);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                font = this.chartFont;
            }
        }
        return font;
    }

    /** The faces, resolved once every role has one (until then again at each call, so that a late install counts). */
    private Map<FontRole, FontFace> resolved() {
        Map<FontRole, FontFace> resolved = this.faces;
        if (resolved != null) {
            return resolved;
        }
        synchronized (this) {
            if (this.faces != null) {
                return this.faces;
            }
            Map<FontRole, FontFace> found = new EnumMap<>(FontRole.class);
            this.config.officialDir().ifPresent(dir -> found.putAll(official(dir)));
            for (FontRole role : FontRole.values()) {
                if (!found.containsKey(role)) {
                    fallback(role).ifPresent(face -> found.put(role, face));
                }
            }
            Map<FontRole, FontFace> result = Collections.unmodifiableMap(found);
            if (result.size() == FontRole.values().length) {
                this.faces = result;
                result.values()
                        .forEach(f -> Log.infof(
                                "report font %s: %s", f.role().key(), f.choice().describe()));
            }
            return result;
        }
    }

    /** The official fonts in a directory, by the names inside the files; the best-named font wins each role. */
    private Map<FontRole, FontFace> official(Path dir) {
        Map<FontRole, FontFace> found = new EnumMap<>(FontRole.class);
        Map<FontRole, Integer> ranks = new EnumMap<>(FontRole.class);
        for (Path file : FontFiles.list(dir, 2)) {
            for (TrueTypeFont font : this.files.read(file)) {
                List<String> names = FontFiles.names(font);
                for (FontRole role : FontRole.values()) {
                    int rank = names.stream()
                            .mapToInt(role::officialRank)
                            .filter(r -> r >= 0)
                            .min()
                            .orElse(-1);
                    if (rank >= 0 && rank < ranks.getOrDefault(role, Integer.MAX_VALUE)) {
                        if (!FontFiles.hasTrueTypeOutlines(font)) {
                            Log.warnf(
                                    "%s has CFF outlines, which cannot be embedded: not used for %s",
                                    file, role.wanted());
                            continue;
                        }
                        ranks.put(role, rank);
                        String family = names.contains(role.wanted()) ? role.wanted() : names.get(0);
                        found.put(role, new FontFace(role, file, font, true, family));
                    }
                }
            }
        }
        return found;
    }

    private Optional<FontFace> fallback(FontRole role) {
        for (String name : role.fallbacks()) {
            Optional<Path> file = locate(name);
            if (file.isPresent()) {
                List<TrueTypeFont> fonts = this.files.read(file.get());
                if (!fonts.isEmpty()) {
                    TrueTypeFont font = fonts.get(0);
                    return Optional.of(new FontFace(role, file.get(), font, false, FontFiles.family(font)));
                }
            }
        }
        return Optional.empty();
    }

    /** A fallback by file name: in the fonts directory, else in the system font directories. */
    private Optional<Path> locate(String name) {
        Path own = this.config.dir().resolve(name);
        if (Files.isReadable(own)) {
            return Optional.of(own);
        }
        for (Path dir : this.config.systemDirs()) {
            Optional<Path> found = FontFiles.list(dir, 4).stream()
                    .filter(p -> p.getFileName().toString().equals(name))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A role has no font at all: neither the official one nor any fallback. */
    public static class FontsMissingException extends IllegalStateException {

        FontsMissingException(List<String> missing) {
            super("no font for " + String.join("; ", missing)
                    + ": run report-service/fonts/fetch-fonts.py into GOVSHARE_REPORT_FONTS_DIR"
                    + " and install fonts-arphic-gkai00mp");
        }
    }
}
