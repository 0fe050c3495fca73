package io.govshare.common.input;

import java.time.LocalDate;
import java.time.YearMonth;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import io.govshare.common.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Properties of the parameter converters and text checks, over generated input. */
class InputPropertiesTest {

    @Property
    void everyMonthInRangeRoundTrips(
            @ForAll @IntRange(min = 1970, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month) {
        YearMonth value = YearMonth.of(year, month);
        assertThat(Months.parse("month", value.toString())).isEqualTo(value);
    }

    @Property
    void anyTextIsEitherAMonthInRangeOrA400(@ForAll @StringLength(max = 20) String text) {
        try {
            YearMonth month = Months.parse("month", text);
            assertThat(month).isBetween(Months.MIN, Months.MAX);
            assertThat(text).matches("[0-9]{4}-[0-9]{2}");
        } catch (InvalidInputException e) {
            assertThat(e.errors())
                    .singleElement()
                    .satisfies(error -> assertThat(error.field()).isEqualTo("month"));
        }
    }

    @Property
    void yearsOutsideTheRangeAreRefused(@ForAll("outsideYears") int year) {
        String text = String.format("%04d-01", year);
        assertThatThrownBy(() -> Months.parse("month", text)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Dates.parse("date", text + "-01")).isInstanceOf(InvalidInputException.class);
    }

    @Provide
    Arbitrary<Integer> outsideYears() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-999_999_999, 1969),
                Arbitraries.integers().between(10_000, 999_999_999));
    }

    @Property
    void anyTextIsEitherADateInRangeOrA400(@ForAll @StringLength(max = 14) String text) {
        try {
            LocalDate date = Dates.parse("date", text);
            assertThat(date).isBetween(Dates.MIN, Dates.MAX);
        } catch (InvalidInputException e) {
            assertThat(e.errors().get(0).field()).isEqualTo("date");
        }
    }

    @Property
    void anyTextIsEitherACanonicalUuidOrA400(@ForAll @StringLength(max = 40) String text) {
        try {
            assertThat(Uuids.parse("id", text).toString()).isEqualToIgnoringCase(text);
        } catch (InvalidInputException e) {
            assertThat(e.errors().get(0).field()).isEqualTo("id");
        }
    }

    @Property
    void codesAreShortAndPlain(@ForAll String text) {
        if (Codes.isValid(text)) {
            assertThat(text).hasSizeBetween(1, Codes.MAX_LENGTH).matches("[A-Za-z0-9][A-Za-z0-9._-]*");
        } else {
            assertThatThrownBy(() -> Codes.check("code", text)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Property
    void textWithoutNulOrLoneSurrogatesPasses(@ForAll("storableText") String text) {
        assertThat(TextChecks.problem(text)).isEmpty();
    }

    @Property
    void aNulAnywhereIsFound(@ForAll("storableText") String before, @ForAll("storableText") String after) {
        assertThat(TextChecks.problem(before + '\u0000' + after)).isPresent();
    }

    @Property
    void aLoneSurrogateAnywhereIsFound(
            @ForAll("storableText") String before,
            @ForAll @IntRange(min = 0xD800, max = 0xDFFF) int surrogate,
            @ForAll("storableText") String after) {
        // a high surrogate followed by a low one would be a pair: put a letter after it
        String text = before + (char) surrogate + "x" + after;
        assertThat(TextChecks.problem(text)).isPresent();
    }

    @Provide
    Arbitrary<String> storableText() {
        return Arbitraries.strings()
                .withCharRange('\u0001', '\uD7FF')
                .withCharRange('\uE000', '\uFFFF')
                .ofMaxLength(50);
    }

    @Property
    void pagesEitherFitOrAre400(@ForAll int page, @ForAll int size) {
        try {
            PageRequest request = new PageRequest(page, size);
            assertThat((long) request.offset())
                    .isEqualTo((long) page * size)
                    .isLessThanOrEqualTo(PageRequest.MAX_OFFSET);
            assertThat(size).isBetween(1, PageRequest.MAX_SIZE);
        } catch (InvalidInputException e) {
            assertThat(e.errors()).isNotEmpty();
        }
    }
}
