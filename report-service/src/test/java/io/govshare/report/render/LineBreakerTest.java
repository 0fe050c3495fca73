package io.govshare.report.render;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LineBreakerTest {

    private static final float CELL = Layout.CHAR_PITCH;
    private static final float WIDTH = Layout.TEXT_WIDTH;

    @Test
    void fullWidthText_fills28CharactersALine_theFirstTwoIn() {
        List<LineBreaker.Line> lines = LineBreaker.lines(glyphs("字".repeat(60)), WIDTH, 2 * CELL, 0, true);
        assertThat(lines).extracting(l -> l.glyphs().size()).containsExactly(26, 28, 6);
        assertThat(lines.get(0).x()[0]).isCloseTo(2 * CELL, within(0.01f));
        assertThat(lines.get(1).end()).isCloseTo(WIDTH, within(0.01f));
        assertThat(lines.get(2).last()).isTrue();
    }

    @Test
    void aClosingMarkThatWouldStartALine_hangsInTheMargin() {
        List<LineBreaker.Line> lines = LineBreaker.lines(glyphs("字".repeat(28) + "，后"), WIDTH, 0, 0, true);
        assertThat(lines.get(0).text()).endsWith("字，");
        assertThat(lines.get(0).hanging()).isTrue();
        assertThat(lines.get(0).x()[28]).isCloseTo(WIDTH, within(0.01f));
        assertThat(lines.get(1).text()).isEqualTo("后");
    }

    @Test
    void twoClosingMarks_takeACharacterWithThem_andTheLineIsJustified() {
        List<LineBreaker.Line> lines = LineBreaker.lines(glyphs("字".repeat(28) + "）。后"), WIDTH, 0, 0, true);
        assertThat(lines.get(0).glyphs()).hasSize(27);
        assertThat(lines.get(0).end()).isCloseTo(WIDTH, within(0.01f));
        assertThat(lines.get(1).text()).isEqualTo("字）。后");
    }

    @Test
    void anOpeningMark_neverEndsALine() {
        List<LineBreaker.Line> lines = LineBreaker.lines(glyphs("字".repeat(27) + "（注）"), WIDTH, 0, 0, true);
        assertThat(lines.get(0).text()).doesNotEndWith("（");
        assertThat(lines.get(1).text()).isEqualTo("（注）");
    }

    @Test
    void aNumber_isNeverParted() {
        List<LineBreaker.Line> lines = LineBreaker.lines(glyphs("字".repeat(25) + "3269.69万"), WIDTH, 0, 0, true);
        assertThat(lines.get(0).text()).isEqualTo("字".repeat(25));
        assertThat(lines.get(1).text()).isEqualTo("3269.69万");
    }

    /** Full-width characters one grid cell wide, digits and Latin letters half as wide. */
    private static List<LineBreaker.Glyph> glyphs(String text) {
        List<LineBreaker.Glyph> glyphs = new ArrayList<>();
        text.codePoints().forEach(c -> glyphs.add(new LineBreaker.Glyph(c, null, c < 0x2000 ? CELL / 2 : CELL)));
        return glyphs;
    }
}
