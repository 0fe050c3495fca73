package io.govshare.report.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.govshare.report.config.ReportConfig;

/** The report's fonts as the tests' JVM finds them: the fetched ones, the system's, and official ones if given. */
final class TestFonts {

    private TestFonts() {}

    static Fonts fallbacks() {
        return with(null);
    }

    static Fonts with(Path officialDir) {
        return new Fonts(new ReportConfig.Fonts() {
            @Override
            public Path dir() {
                return Path.of(System.getProperty("report.fonts.dir"));
            }

            @Override
            public Optional<Path> officialDir() {
                return Optional.ofNullable(officialDir);
            }

            @Override
            public List<Path> systemDirs() {
                return List.of(Path.of("/usr/share/fonts"));
            }
        });
    }
}
