package io.govshare.report.domain;

import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WanTest {

    @ParameterizedTest
    @CsvSource({
        // the two 市州 figures of the seed: only half-up gives the report's 180.56 and 621.05 (ADR wan-rounding)
        "1805581, 180.56, 180.55",
        "6210459, 621.05, 621.04",
        "32696900, 3269.69, 3269.69",
        "784000, 78.40, 78.40",
        "49, 0.00, 0.00",
        "50, 0.01, 0.00",
        "0, 0.00, 0.00"
    })
    void formatsCallsAsWanWithTwoDecimals(long calls, String halfUp, String floor) {
        assertThat(new Wan(RoundingMode.HALF_UP).format(calls)).isEqualTo(halfUp);
        assertThat(new Wan(RoundingMode.FLOOR).format(calls)).isEqualTo(floor);
    }

    @Test
    void refusesOtherRoundingModes() {
        assertThatThrownBy(() -> new Wan(RoundingMode.CEILING)).isInstanceOf(IllegalArgumentException.class);
    }
}
