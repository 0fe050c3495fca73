package io.govshare.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The change of a figure against the month before (环比): its direction, the absolute difference and the percentage
 * of the previous value to one decimal. {@code percent} is null when the previous value is 0.
 */
public record Change(Direction direction, long difference, String percent) {

    /** Whether the figure went up, down or stayed. */
    public enum Direction {
        UP,
        DOWN,
        FLAT
    }

    public static Change between(long previous, long current) {
        long difference = Math.abs(current - previous);
        Direction direction = current > previous ? Direction.UP : current < previous ? Direction.DOWN : Direction.FLAT;
        String percent = previous == 0
                ? null
                : BigDecimal.valueOf(difference * 100L)
                        .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP)
                        .toPlainString();
        return new Change(direction, difference, percent);
    }

    public boolean up() {
        return this.direction == Direction.UP;
    }

    public boolean down() {
        return this.direction == Direction.DOWN;
    }
}
