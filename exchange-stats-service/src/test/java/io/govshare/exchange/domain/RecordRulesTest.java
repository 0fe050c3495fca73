package io.govshare.exchange.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.govshare.common.error.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class RecordRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
    private static final Set<String> ORGS = Set.of("gz.a", "gz.b");

    private final RecordRules rules = new RecordRules(SHANGHAI, NOW, Duration.ofDays(1), 0);

    private ExchangeRecord check(String occurredAt, BatchTally errors) {
        return this.rules.check(
                new RecordDraft(RecordLocation.line(2), "id-1", occurredAt, "gz.a", "gz.b", "r", "5"),
                ORGS::contains,
                errors);
    }

    @ParameterizedTest
    @CsvSource({
        "2023-10-31T16:30:00Z, 2023-11-01",
        "2023-10-31T23:59:59+08:00, 2023-10-31",
        "2023-09-30T16:00:00Z, 2023-10-01",
        "2023-10-01T00:00:00+08:00, 2023-10-01",
        "2023-10-05T10:15:30.123456789+08:00, 2023-10-05",
        "2023-10-05T10:15:30.5-05:00, 2023-10-05",
        "2023-10-05T22:15+00:00, 2023-10-06",
        "2023-10-05T10:15:30+08:00:00, 2023-10-05"
    })
    void check_placesTheRecordOnItsShanghaiDay(String occurredAt, String day) {
        BatchTally errors = new BatchTally(100);
        ExchangeRecord record = check(occurredAt, errors);
        assertThat(errors.errors()).isEmpty();
        assertThat(LocalDate.ofEpochDay(record.day())).isEqualTo(LocalDate.parse(day));
        assertThat(LocalDate.ofEpochDay(record.month()))
                .isEqualTo(LocalDate.parse(day).withDayOfMonth(1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-10-05T10:15:30",
                "2023-10-05",
                "2023-10-05 10:15:30+08:00",
                "2023-13-01T00:00:00Z",
                "2023-02-29T10:00:00Z",
                "2023-10-05T24:00:00Z",
                "yesterday"
            })
    void check_refusesTimesThatAreNoInstantWithOffset(String occurredAt) {
        BatchTally errors = new BatchTally(100);
        assertThat(check(occurredAt, errors)).isNull();
        assertThat(errors.errors()).extracting(FieldError::field).containsExactly("occurredAt");
        assertThat(errors.errors()).extracting(FieldError::line).containsExactly(2L);
    }

    @Test
    void fastPathAgreesWithTheGeneralParser() {
        for (String text :
                List.of("2023-10-05T10:15:30Z", "2024-02-29T23:59:59.999+14:00", "1999-12-31T00:00:00-12:30")) {
            assertThat(IsoInstants.parse(text))
                    .isEqualTo(java.time.OffsetDateTime.parse(text).toInstant());
        }
    }

    @Test
    void check_reportsEveryBrokenRuleOfARecord() {
        BatchTally errors = new BatchTally(100);
        ExchangeRecord record = this.rules.check(
                new RecordDraft(RecordLocation.index(7), null, null, "gz.x", null, "r", "0"), ORGS::contains, errors);
        assertThat(record).isNull();
        assertThat(errors.errors())
                .extracting(FieldError::field)
                .containsExactly("[7].id", "[7].occurredAt", "[7].providerOrg", "[7].consumerOrg", "[7].calls");
        assertThat(errors.errors()).extracting(FieldError::index).containsOnly(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "x", "2147483648", ""})
    void check_refusesCallsOutsideOneToIntMax(String calls) {
        BatchTally errors = new BatchTally(100);
        this.rules.check(
                new RecordDraft(RecordLocation.line(3), "i", "2023-10-05T10:00:00Z", "gz.a", "gz.b", null, calls),
                ORGS::contains,
                errors);
        assertThat(errors.errors()).extracting(FieldError::field).containsExactly("calls");
    }

    @Test
    void check_keepsAMissingResourceAsEmpty() {
        BatchTally errors = new BatchTally(100);
        ExchangeRecord record = this.rules.check(
                new RecordDraft(
                        RecordLocation.line(3), "i", "2023-10-05T10:00:00Z", "gz.a", "gz.b", null, "2147483647"),
                ORGS::contains,
                errors);
        assertThat(record.resourceCode()).isEmpty();
        assertThat(record.calls()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void check_refusesRecordsOlderThanTheAcceptedWindow() {
        RecordRules recent = new RecordRules(SHANGHAI, NOW, Duration.ofDays(1), 3);
        BatchTally errors = new BatchTally(100);
        RecordDraft old =
                new RecordDraft(RecordLocation.line(2), "i", "2026-07-31T23:00:00+08:00", "gz.a", "gz.b", "", "1");
        RecordDraft inside =
                new RecordDraft(RecordLocation.line(3), "j", "2026-08-01T00:00:00+08:00", "gz.a", "gz.b", "", "1");
        assertThat(recent.check(old, ORGS::contains, errors)).isNull();
        assertThat(recent.check(inside, ORGS::contains, errors)).isNotNull();
        assertThat(errors.errors()).extracting(FieldError::field).containsExactly("occurredAt");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000-01-01T00:00:00Z",
                "-0001-06-01T00:00:00Z",
                "-11757223-04-25T10:00:00+08:00",
                "1969-12-31T23:59:59Z",
                "1970-01-01T07:59:59+08:00"
            })
    void check_refusesTimesBefore1970_withoutComputingTheirDay(String occurredAt) {
        BatchTally errors = new BatchTally(100);
        assertThat(check(occurredAt, errors)).isNull();
        assertThat(errors.errors()).extracting(FieldError::field).containsExactly("occurredAt");
        assertThat(errors.errors().get(0).message().toString()).contains("1970-01-01T00:00:00Z");
    }

    @Test
    void check_acceptsTheFirstInstantOf1970_andTheClockSkewAhead() {
        BatchTally errors = new BatchTally(100);
        assertThat(check("1970-01-01T00:00:00Z", errors)).isNotNull();
        assertThat(check("2026-11-28T23:59:59Z", errors)).isNotNull();
        assertThat(errors.errors()).isEmpty();
        assertThat(check("2026-11-29T00:00:01Z", errors)).isNull();
        assertThat(errors.errors().get(0).message().toString())
                .contains("future")
                .contains("24h");
    }

    @Test
    void check_takesTheClockSkewFromConfiguration() {
        RecordRules strict = new RecordRules(SHANGHAI, NOW, Duration.ofMinutes(5), 0);
        BatchTally errors = new BatchTally(100);
        RecordDraft tenMinutesAhead =
                new RecordDraft(RecordLocation.line(2), "i", "2026-11-28T00:10:00Z", "gz.a", "gz.b", "", "1");
        assertThat(strict.check(tenMinutesAhead, ORGS::contains, errors)).isNull();
        assertThat(errors.errors().get(0).message().toString()).contains("5m");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "id          | field.nul",
                "occurredAt  | field.nul",
                "providerOrg | field.nul",
                "consumerOrg | field.nul",
                "resourceCode| field.nul",
                "calls       | field.nul"
            })
    void check_refusesNulInAnyField_namingIt(String field, String key) {
        assertRefused(field, "\u0000", key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "occurredAt", "providerOrg", "consumerOrg", "resourceCode", "calls"})
    void check_refusesALoneSurrogateInAnyField_namingIt(String field) {
        assertRefused(field, "\ud800", "field.surrogate");
        assertRefused(field, "\udfff", "field.surrogate");
    }

    private void assertRefused(String field, String inserted, String key) {
        String[] values = {"id-1", "2023-10-05T10:00:00Z", "gz.a", "gz.b", "r", "5"};
        List<String> fields = List.of("id", "occurredAt", "providerOrg", "consumerOrg", "resourceCode", "calls");
        int at = fields.indexOf(field);
        values[at] = values[at].substring(0, 1) + inserted + values[at].substring(1);
        BatchTally errors = new BatchTally(100);
        ExchangeRecord record = this.rules.check(
                new RecordDraft(
                        RecordLocation.line(9), values[0], values[1], values[2], values[3], values[4], values[5]),
                ORGS::contains,
                errors);
        assertThat(record).isNull();
        assertThat(errors.errors()).extracting(FieldError::field).containsExactly(field);
        assertThat(errors.errors()).extracting(FieldError::line).containsExactly(9L);
        assertThat(errors.errors().get(0).message().key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\tb", "a\u007fb", "a\u0085b", "a\u001fb"})
    void check_refusesControlCharactersInAnId(String id) {
        BatchTally errors = new BatchTally(100);
        this.rules.check(
                new RecordDraft(RecordLocation.line(2), id, "2023-10-05T10:00:00Z", "gz.a", "gz.b", "", "1"),
                ORGS::contains,
                errors);
        assertThat(errors.errors()).extracting(e -> e.message().key()).containsExactly("field.control");
    }

    @Test
    void check_takesIdsOfUpTo128PrintableCharacters_ChineseAndQuotesIncluded() {
        BatchTally errors = new BatchTally(100);
        String longest = "记".repeat(64) + "\"q,".repeat(21) + "x";
        assertThat(longest).hasSize(128);
        assertThat(this.rules.check(
                        new RecordDraft(
                                RecordLocation.line(2), longest, "2023-10-05T10:00:00Z", "gz.a", "gz.b", "", "1"),
                        ORGS::contains,
                        errors))
                .isNotNull();
        assertThat(this.rules.check(
                        new RecordDraft(
                                RecordLocation.line(3), longest + "y", "2023-10-05T10:00:00Z", "gz.a", "gz.b", "", "1"),
                        ORGS::contains,
                        errors))
                .isNull();
        assertThat(errors.errors()).extracting(e -> e.message().key()).containsExactly("field.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {".starts-with-dot", "has space", "has/slash", "中文编码", "x"})
    void check_refusesOrganizationAndResourceCodesThatAreNoCodes_withoutLookingThemUp(String code) {
        if (code.equals("x")) {
            code = "a" + "b".repeat(64); // 65 characters
        }
        BatchTally errors = new BatchTally(100);
        RecordRules rules = new RecordRules(SHANGHAI, NOW, Duration.ofDays(1), 0);
        rules.check(
                new RecordDraft(RecordLocation.line(2), "i", "2023-10-05T10:00:00Z", code, "gz.b", code, "1"),
                ORGS::contains,
                errors);
        assertThat(errors.errors()).extracting(FieldError::field).containsExactly("providerOrg", "resourceCode");
        assertThat(errors.errors()).extracting(e -> e.message().key()).containsOnly("field.code");
        assertThat(rules.unknownOrganizations()).isEmpty();
    }

    @Test
    void check_namesWellFormedCodesTheCatalogDoesNotKnow() {
        BatchTally errors = new BatchTally(100);
        RecordRules rules = new RecordRules(SHANGHAI, NOW, Duration.ofDays(1), 0);
        rules.check(
                new RecordDraft(RecordLocation.line(2), "i", "2023-10-05T10:00:00Z", "gz.new", "gz.b", "", "1"),
                ORGS::contains,
                errors);
        assertThat(rules.unknownOrganizations()).containsExactly("gz.new");
        assertThat(errors.errors().get(0).message().toString()).isEqualTo("unknown organization 'gz.new'");
    }
}
