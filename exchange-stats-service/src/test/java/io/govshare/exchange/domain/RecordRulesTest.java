package io.govshare.exchange.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RecordRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
    private static final Set<String> ORGS = Set.of("gz.a", "gz.b");

    private final RecordRules rules = new RecordRules(SHANGHAI, NOW, 0);

    private ExchangeRecord check(String occurredAt, List<FieldError> errors) {
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
        List<FieldError> errors = new ArrayList<>();
        ExchangeRecord record = check(occurredAt, errors);
        assertThat(errors).isEmpty();
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
        List<FieldError> errors = new ArrayList<>();
        assertThat(check(occurredAt, errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("occurredAt");
        assertThat(errors).extracting(FieldError::line).containsExactly(2);
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
        List<FieldError> errors = new ArrayList<>();
        ExchangeRecord record = this.rules.check(
                new RecordDraft(RecordLocation.index(7), null, null, "gz.x", null, "r", "0"), ORGS::contains, errors);
        assertThat(record).isNull();
        assertThat(errors)
                .extracting(FieldError::field)
                .containsExactly("[7].id", "[7].occurredAt", "[7].providerOrg", "[7].consumerOrg", "[7].calls");
        assertThat(errors).extracting(FieldError::index).containsOnly(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "x", "2147483648", ""})
    void check_refusesCallsOutsideOneToIntMax(String calls) {
        List<FieldError> errors = new ArrayList<>();
        this.rules.check(
                new RecordDraft(RecordLocation.line(3), "i", "2023-10-05T10:00:00Z", "gz.a", "gz.b", null, calls),
                ORGS::contains,
                errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("calls");
    }

    @Test
    void check_keepsAMissingResourceAsEmpty() {
        List<FieldError> errors = new ArrayList<>();
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
        RecordRules recent = new RecordRules(SHANGHAI, NOW, 3);
        List<FieldError> errors = new ArrayList<>();
        RecordDraft old =
                new RecordDraft(RecordLocation.line(2), "i", "2026-07-31T23:00:00+08:00", "gz.a", "gz.b", "", "1");
        RecordDraft inside =
                new RecordDraft(RecordLocation.line(3), "j", "2026-08-01T00:00:00+08:00", "gz.a", "gz.b", "", "1");
        assertThat(recent.check(old, ORGS::contains, errors)).isNull();
        assertThat(recent.check(inside, ORGS::contains, errors)).isNotNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("occurredAt");
    }
}
