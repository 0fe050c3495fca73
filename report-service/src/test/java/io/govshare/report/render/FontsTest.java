package io.govshare.report.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govshare.report.domain.FontChoice;

import static org.assertj.core.api.Assertions.assertThat;

class FontsTest {

    @Test
    void withoutOfficialFonts_everyRoleHasAnOpenFallback_andSaysWhichItStandsFor() {
        Fonts fonts = TestFonts.fallbacks();
        assertThat(fonts.missing()).isEmpty();
        assertThat(fonts.choices())
                .extracting(FontChoice::role, FontChoice::postScriptName, FontChoice::official)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("title", "NotoSerifSC-Bold", false),
                        org.assertj.core.groups.Tuple.tuple("body", "NotoSerifSC-Regular", false),
                        org.assertj.core.groups.Tuple.tuple("heading1", "NotoSansSC-Bold", false),
                        // Debian's fonts-arphic-gkai00mp, which scripts/test installs
                        org.assertj.core.groups.Tuple.tuple("heading2", "GBZenKai-Medium", false),
                        org.assertj.core.groups.Tuple.tuple("number", "NotoSerifSC-Regular", false));
        assertThat(fonts.face(FontRole.HEADING2).choice().describe()).isEqualTo("AR PL KaitiM GB（代楷体_GB2312）");
    }

    @Test
    void theReadinessCheck_findsEveryRolesFile_beforeAnyFontIsParsed() {
        Fonts fonts = TestFonts.fallbacks();
        assertThat(fonts.missingFiles()).isEmpty();
        // the files it found are the ones rendering then parses
        assertThat(fonts.missing()).isEmpty();
    }

    @Test
    void withoutAnyFontFile_theReadinessCheckNamesEveryRole(@TempDir Path empty) {
        Fonts fonts = new Fonts(new io.govshare.report.config.ReportConfig.Fonts() {
            @Override
            public Path dir() {
                return empty;
            }

            @Override
            public java.util.Optional<Path> officialDir() {
                return java.util.Optional.empty();
            }

            @Override
            public List<Path> systemDirs() {
                return List.of(empty);
            }
        });
        assertThat(fonts.missingFiles()).hasSize(FontRole.values().length).isEqualTo(fonts.missing());
    }

    @Test
    void anOfficialFontInTheConfiguredDirectory_isUsedForItsRole(@TempDir Path official) throws IOException {
        // AR PL KaitiM GB renamed inside (its name table) to 楷体_GB2312, as the licensed font names itself
        Path kai = fallbackFile("gkai00mp.ttf");
        Files.write(
                official.resolve("simkai-renamed.ttf"), renamed(Files.readAllBytes(kai), "楷体_GB2312", "KaiTi_GB2312"));
        Fonts fonts = TestFonts.with(official);
        FontChoice heading2 = fonts.face(FontRole.HEADING2).choice();
        assertThat(heading2.official()).isTrue();
        assertThat(heading2.family()).isEqualTo("楷体_GB2312");
        assertThat(heading2.describe()).isEqualTo("楷体_GB2312");
        assertThat(fonts.face(FontRole.BODY).choice().official()).isFalse();
    }

    private static Path fallbackFile(String name) throws IOException {
        try (var walk = Files.walk(Path.of("/usr/share/fonts"))) {
            return walk.filter(p -> p.getFileName().toString().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The font with a new name table: family and full name in Chinese and English, the PostScript name. */
    private static byte[] renamed(byte[] font, String chinese, String english) {
        List<Object[]> records = List.of(
                new Object[] {0x0409, 1, english},
                new Object[] {0x0409, 4, english},
                new Object[] {0x0409, 6, english},
                new Object[] {0x0804, 1, chinese},
                new Object[] {0x0804, 4, chinese});
        ByteBuffer strings = ByteBuffer.allocate(1024);
        ByteBuffer table = ByteBuffer.allocate(6 + 12 * records.size() + 1024);
        table.putShort((short) 0).putShort((short) records.size()).putShort((short) (6 + 12 * records.size()));
        for (Object[] r : records) {
            byte[] text = ((String) r[2]).getBytes(StandardCharsets.UTF_16BE);
            table.putShort((short) 3)
                    .putShort((short) 1)
                    .putShort((short) (int) r[0])
                    .putShort((short) (int) r[1]);
            table.putShort((short) text.length).putShort((short) strings.position());
            strings.put(text);
        }
        table.put(strings.array(), 0, strings.position());
        int length = table.position();
        int offset = (font.length + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(offset + length);
        out.put(font);
        out.position(offset);
        out.put(table.array(), 0, length);
        int tables = ByteBuffer.wrap(font, 4, 2).getShort();
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (new String(font, entry, 4, StandardCharsets.ISO_8859_1).equals("name")) {
                out.putInt(entry + 8, offset);
                out.putInt(entry + 12, length);
            }
        }
        return out.array();
    }
}
