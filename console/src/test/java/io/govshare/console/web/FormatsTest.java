package io.govshare.console.web;

import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void wanFiguresFollowTheReportsRounding() {
        // docs/statistics.md: 32,696,905 calls → 3269.69; 784,000 → 78.40; the 市州 sum 1,805,581 differs by mode
        assertThat(Formats.wanFigure(32_696_905, RoundingMode.FLOOR)).isEqualTo("3269.69");
        assertThat(Formats.wanFigure(784_000, RoundingMode.HALF_UP)).isEqualTo("78.40");
        assertThat(Formats.wanFigure(1_805_581, RoundingMode.HALF_UP)).isEqualTo("180.56");
        assertThat(Formats.wanFigure(1_805_581, RoundingMode.FLOOR)).isEqualTo("180.55");
    }

    @Test
    void smallFiguresAreWrittenInFull() {
        assertThat(Formats.wan(9_999)).isEqualTo("9,999次");
        assertThat(Formats.count(32_696_905)).isEqualTo("32,696,905");
    }

    @Test
    void datesAreChinese() {
        assertThat(Formats.month("2023-10")).isEqualTo("2023年10月");
        assertThat(Formats.date("2023-10-09")).isEqualTo("2023年10月9日");
        assertThat(Formats.time("2023-10-09T02:15:00Z")).isEqualTo("2023年10月9日 10:15");
        assertThat(Formats.month("not a month")).isEqualTo("not a month");
    }

    @Test
    void enumValuesAreChinese() {
        assertThat(Formats.status("REVIEWED")).isEqualTo("已审核");
        assertThat(Formats.action("REJECT")).isEqualTo("驳回");
        assertThat(Formats.sharing("NOT_SHAREABLE")).isEqualTo("不予共享");
        assertThat(Formats.status("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }
}
