package io.govshare.exchange.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of a numbered id must be the id: an id maps to one (prefix, width, number) and back, so two ids share a
 * bit of {@code record_block} only when they are the same id (README "Storage").
 */
class NumberedIdTest {

    @Property
    void anIdWithItsPartsGivesTheSameIdBack(@ForAll("ids") String id) {
        NumberedId parts = NumberedId.of(id);
        if (parts != null) {
            assertThat(parts.id()).isEqualTo(id);
            assertThat(parts.width()).isBetween(1, NumberedId.MAX_DIGITS);
            assertThat(parts.block() * NumberedId.BLOCK_SIZE + Long.numberOfTrailingZeros(parts.bit()))
                    .isEqualTo(parts.number());
        }
    }

    @Property
    void theDigitsAtTheEndAreTheNumber_leadingZerosIncluded(
            @ForAll("prefixes") String prefix, @ForAll @IntRange(min = 1, max = 18) int width, @ForAll long seed) {
        long bound = (long) Math.pow(10, width);
        long number = Math.floorMod(seed, bound);
        String digits = String.format("%0" + width + "d", number);

        NumberedId parts = NumberedId.of(prefix + digits);

        assertThat(parts).isEqualTo(new NumberedId(prefix, width, number));
    }

    @Property
    void twoDifferentIdsNeverHaveTheSameParts(@ForAll("ids") String a, @ForAll("ids") String b) {
        NumberedId pa = NumberedId.of(a);
        NumberedId pb = NumberedId.of(b);
        if (pa != null && pa.equals(pb)) {
            assertThat(a).isEqualTo(b);
        }
    }

    @Example
    void idsWithoutDigitsAtTheEnd_orMoreThanEighteen_areKeptWhole() {
        assertThat(NumberedId.of("gw-a")).isNull();
        assertThat(NumberedId.of("记录")).isNull();
        assertThat(NumberedId.of("x1234567890123456789")).as("19 digits").isNull();
        assertThat(NumberedId.of("1234567890123456789")).as("19 digits").isNull();
        assertThat(NumberedId.of("x123456789012345678")).isEqualTo(new NumberedId("x", 18, 123_456_789_012_345_678L));
        assertThat(NumberedId.of("999999999999999999")).isEqualTo(new NumberedId("", 18, 999_999_999_999_999_999L));
        assertThat(NumberedId.of("gw-1")).isNotEqualTo(NumberedId.of("gw-01"));
        assertThat(NumberedId.of("12ab0")).isEqualTo(new NumberedId("12ab", 1, 0));
        assertThat(NumberedId.of("日志-٣")).as("only ASCII digits are digits").isNull();
    }

    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> digits =
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(22);
        return Arbitraries.oneOf(
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
                        Arbitraries.strings()
                                .withChars("ab-0123456789")
                                .ofMinLength(1)
                                .ofMaxLength(24))
                .flatMap(head -> digits.map(tail -> head + tail))
                .filter(id -> !id.isEmpty());
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.strings()
                .ofMaxLength(20)
                .filter(p -> p.isEmpty() || p.charAt(p.length() - 1) < '0' || p.charAt(p.length() - 1) > '9');
    }
}
