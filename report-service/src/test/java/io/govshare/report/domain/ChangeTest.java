package io.govshare.report.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeTest {

    @Test
    void up_down_andFlat_withThePercentageOfThePreviousValue() {
        assertThat(Change.between(250, 280)).isEqualTo(new Change(Change.Direction.UP, 30, "12.0"));
        assertThat(Change.between(280, 250)).isEqualTo(new Change(Change.Direction.DOWN, 30, "10.7"));
        assertThat(Change.between(280, 280)).isEqualTo(new Change(Change.Direction.FLAT, 0, "0.0"));
    }

    @Test
    void noPercentage_fromZero() {
        assertThat(Change.between(0, 5).percent()).isNull();
    }
}
