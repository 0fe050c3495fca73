package io.govshare.exchange.domain;

/**
 * A record id that ends in 1–{@value #MAX_DIGITS} ASCII digits, as the ids of a gateway that numbers its records are
 * ({@code gw-000000001}): the text before the digits, how many digits there are (leading zeros included) and their
 * value. The three together are the id: {@link #id()} gives it back, and two ids are the same exactly when their parts
 * are. Such ids are kept 64 to a row ({@link #block()}, {@link #bit()}; README "Storage"); any other id is kept
 * whole.
 */
public record NumberedId(String prefix, int width, long number) {

    /** The most digits taken as a number: 18 decimal digits always fit a {@code bigint}. */
    public static final int MAX_DIGITS = 18;

    /** Ids per block: the bits of a {@code bigint}. */
    public static final int BLOCK_SIZE = 64;

    /** The parts of {@code id}, or null when it does not end in 1–{@value #MAX_DIGITS} ASCII digits. */
    public static NumberedId of(String id) {
        int digits = trailingDigits(id);
        if (digits == 0) {
            return null;
        }
        int start = id.length() - digits;
        return new NumberedId(id.substring(0, start), digits, number(id, start));
    }

    /**
     * How many ASCII digits {@code id} ends in, when that is 1–{@value #MAX_DIGITS}; 0 otherwise (no digit at the
     * end, or more than {@value #MAX_DIGITS}, and the id is kept whole).
     */
    public static int trailingDigits(String id) {
        int end = id.length();
        int start = end;
        while (start > 0 && isDigit(id.charAt(start - 1))) {
            start--;
        }
        int digits = end - start;
        return digits <= MAX_DIGITS ? digits : 0;
    }

    /** The value of the digits of {@code id} from {@code start} to its end (at most {@value #MAX_DIGITS}). */
    public static long number(String id, int start) {
        long value = 0;
        for (int i = start; i < id.length(); i++) {
            value = value * 10 + (id.charAt(i) - '0');
        }
        return value;
    }

    /** The block of {@value #BLOCK_SIZE} consecutive numbers the id belongs to. */
    public long block() {
        return this.number / BLOCK_SIZE;
    }

    /** The id's bit in its block's {@code bigint}. */
    public long bit() {
        return 1L << (this.number % BLOCK_SIZE);
    }

    /** The id again: the prefix and the number with its leading zeros. */
    public String id() {
        String digits = Long.toString(this.number);
        return this.prefix + "0".repeat(this.width - digits.length()) + digits;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
