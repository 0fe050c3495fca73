package io.govshare.e2e.hostile;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One bad value: {@code kind} names the mutation (the rows of the failure summary), {@code shown} says which one in a
 * few characters, {@code text} is the value itself. The pools below are what the suite sends in every place a value
 * of that kind goes (path, query, JSON string, CSV cell).
 */
record Bad(String kind, String shown, String text) {

    static final int LONG_STRING = 100_000;
    static final int LONG_CODE = 5_000;

    static Bad of(String kind, String text) {
        return new Bad(kind, show(text), text);
    }

    /** What every textual value is tried with. */
    static List<Bad> texts(Field field, Random random) {
        List<Bad> bad = new ArrayList<>(List.of(
                new Bad("NUL", "\\u0000", "\u0000"),
                new Bad("NUL", "inside", "e2e\u0000hostile"),
                new Bad("lone surrogate", "\\ud800", "\ud800"),
                new Bad("lone surrogate", "\\udc00 inside", "e2e\udc00hostile"),
                new Bad("control character", "\\u0001", "e2e\u0001hostile"),
                new Bad("over-long string", "100,000 chars", "x".repeat(LONG_STRING)),
                new Bad("empty string", "", ""),
                new Bad("blank string", "", "   "),
                new Bad("noncharacter", "\\uffff", "\uffff"),
                new Bad("injection", "SQL", "' OR '1'='1'; --"),
                new Bad("random text", "", randomText(random))));
        Integer max = field.maxLength();
        if (max != null && max < LONG_STRING) {
            bad.add(new Bad("over maxLength", (max + 1) + " chars", "x".repeat(max + 1)));
        }
        bad.addAll(
                switch (field.kind()) {
                    case CODE -> codes();
                    case MONTH -> months();
                    case DATE -> dates();
                    case DATE_TIME -> dateTimes(field.name().equals("occurredAt"));
                    case UUID -> uuids();
                    case ENUM -> enums(field);
                    case INTEGER, NUMBER -> integers();
                    case BOOLEAN -> booleans();
                    default -> List.of();
                });
        return bad;
    }

    static List<Bad> codes() {
        return List.of(
                new Bad("over-long code", "5,000 chars", longCode()),
                new Bad("code over 64 chars", "65 chars", "e2e.hostile." + "x".repeat(53)),
                of("bad code", "e2e hostile"),
                of("bad code", ".e2e.hostile"),
                of("bad code", "-e2e.hostile"),
                of("bad code", "端到端"),
                of("bad code", "e2e/hostile"),
                of("bad code", "e2e%00hostile"));
    }

    /** A code of {@value #LONG_CODE} characters that starts as the suite's resources do. */
    static String longCode() {
        String start = "gz.scjgj.e2e-hostile-";
        return start + "x".repeat(LONG_CODE - start.length());
    }

    static List<Bad> months() {
        return badOf(
                "bad month",
                "-999999999-01",
                "0000-01",
                "2023-13",
                "10000-01",
                "+10000-01",
                "-0001-01",
                "1969-12",
                "2023-00",
                "2023-1",
                "23-10",
                "2023/10",
                "2023-10-01",
                "９９９９-１２",
                "99999999999-01");
    }

    static List<Bad> dates() {
        return badOf(
                "bad date",
                "-999999999-01-01",
                "0000-01-01",
                "-0001-01-01",
                "2023-13-01",
                "10000-01-01",
                "+10000-01-01",
                "1999-02-30",
                "1999-01-32",
                "1969-12-31",
                "1999-1-1",
                "1999-01-15T10:00:00+08:00",
                "99999-01-01");
    }

    /**
     * Date-times out of range or malformed; for an exchange record's {@code occurredAt} also one three days ahead,
     * beyond the clock skew (elsewhere, e.g. an imported event, a future instant may be valid).
     */
    static List<Bad> dateTimes(boolean recordTime) {
        List<Bad> bad = badOf(
                "bad date-time",
                "-11757223-04-25T10:00:00+08:00",
                "-999999999-01-01T00:00:00+08:00",
                "0000-01-01T10:00:00+08:00",
                "-0001-06-15T10:00:00+08:00",
                "+10000-01-01T00:00:00+08:00",
                "1999-13-01T10:00:00+08:00",
                "1999-02-30T10:00:00+08:00",
                "1999-01-15T25:00:00+08:00",
                "1999-01-15T10:00:00",
                "1999-01-15T10:00:00+25:00",
                "1999-01-15",
                "1969-12-31T23:00:00Z",
                "1999-01-15T10:00:00.1234567891+08:00");
        if (recordTime) {
            bad.add(new Bad("beyond the clock skew", "now + 3 days", threeDaysAhead()));
        }
        return bad;
    }

    static String threeDaysAhead() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8))
                .plusDays(3)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    static List<Bad> uuids() {
        return badOf(
                "bad UUID",
                "not-a-uuid",
                "00000000-0000-0000-0000-00000000000g",
                "0",
                "{00000000-0000-0000-0000-000000000000}",
                "00000000-0000-0000-0000-0000000000000",
                "-1-1-1-1",
                "ffffffff-ffff-ffff-ffff-fffffffffffffffff");
    }

    /** Unknown values only: never another real value, nor a real one in other letters (it might be taken). */
    static List<Bad> enums(Field field) {
        String first = field.enumValues().isEmpty() ? "X" : field.enumValues().get(0);
        return List.of(
                of("unknown enum value", "NO_SUCH_VALUE"),
                of("unknown enum value", first + ","),
                of("unknown enum value", first + "_X"),
                of("unknown enum value", "1"),
                new Bad("unknown enum value", "5,000 chars", "X".repeat(5_000)));
    }

    static List<Bad> integers() {
        return badOf(
                "bad number",
                "-1",
                "-2147483649",
                "2147483648",
                "9223372036854775808",
                "-9223372036854775809",
                "99999999999999999999999999",
                "1.5",
                "1e3",
                "abc",
                "0x10",
                "NaN",
                "١");
    }

    static List<Bad> booleans() {
        return badOf("bad boolean", "maybe", "2", "TRUE1", "nul");
    }

    /**
     * Random characters of every sort (CJK, emoji, controls, NUL, lone surrogates, right-to-left marks), never a valid
     * value.
     */
    static String randomText(Random random) {
        String[] pieces = {
            "a", "Z", "9", ".", "-", "端", "到", "😀", "\u0000", "\u0007", "\ud800", "\udfff", "\u202e", "\ufeff", "\"",
            "\\", "'", "%", "/", "?", "#", "&", "=", "+", " ", "\t", "\n"
        };
        var text = new StringBuilder();
        int length = 1 + random.nextInt(64);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        // at least one character no field accepts, so that random text never turns into a valid code by chance
        String[] refused = {"\u0000", "\ud800", "\udfff", "\u0007"};
        return text.insert(random.nextInt(text.length() + 1), refused[random.nextInt(refused.length)])
                .toString();
    }

    private static List<Bad> badOf(String kind, String... values) {
        List<Bad> bad = new ArrayList<>();
        for (String value : values) {
            bad.add(of(kind, value));
        }
        return bad;
    }

    /** A value as the failure list shows it: escapes for the invisible, the first 40 characters of long ones. */
    static String show(String text) {
        String visible = JsonText.quote(text.length() > 40 ? text.substring(0, 40) : text);
        return text.length() > 40 ? visible + "… (" + String.format("%,d", text.length()) + " chars)" : visible;
    }
}
