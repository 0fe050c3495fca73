package io.govshare.e2e;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * An exchange record must have happened between 1970-01-01 and now plus the clock skew (docs/api.md,
 * "exchange-stats-service"): a batch with a record dated in year 0000, in a negative year, before 1970 or three days
 * ahead is refused whole with a 400 problem naming the line (CSV, NDJSON) or the index (JSON array), and nothing of
 * it is counted: the statistics of 1999 (where the batch's good record lies), of 1998-05 (where
 * {@code -11757223-04-25} lands when the day number overflows), of the current month and of the month three days
 * ahead are the same before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedDatesIT {

    private static final String GOOD_AT = "1999-06-15T10:00:00+08:00";
    /** A count of calls no other test posts, so that a leak would be plain in the figures. */
    private static final long CALLS = 4_242_421;

    private final String threeDaysAhead = OffsetDateTime.now(Stack.ZONE)
            .plusDays(3)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString();
    private Map<String, Object> before;

    @BeforeAll
    void figuresBefore() {
        Fixtures.ensure();
        this.before = figures();
    }

    @TestFactory
    Stream<DynamicTest> recordsOutOfTimeAreRefusedWithTheirLine() {
        List<String> dates = List.of(
                "0000-06-15T10:00:00+08:00",
                "-0001-06-15T10:00:00+08:00",
                "-11757223-04-25T10:00:00+08:00",
                "1969-12-31T23:59:59+08:00",
                this.threeDaysAhead);
        Stream<DynamicTest> refused = dates.stream()
                .flatMap(at -> Stream.of(
                        dynamicTest("NDJSON, line 2 at " + at, () -> refusedNdjson(at)),
                        dynamicTest("CSV, line 3 at " + at, () -> refusedCsv(at)),
                        dynamicTest("JSON, index 1 at " + at, () -> refusedJson(at))));
        // dynamic tests run in order: this one after every batch above
        return Stream.concat(
                refused,
                Stream.of(dynamicTest(
                        "nothing was counted", () -> assertThat(figures()).isEqualTo(this.before))));
    }

    private void refusedNdjson(String at) {
        Response response = post(BatchType.NDJSON, ExchangeBatch.ndjson(batch(at)));
        assertThat(errorsOf(response)).anySatisfy(error -> {
            assertThat(error).containsEntry("line", 2);
            assertThat(error).containsEntry("field", "occurredAt");
        });
    }

    private void refusedCsv(String at) {
        Response response = post(BatchType.CSV, ExchangeBatch.csv(batch(at)));
        assertThat(errorsOf(response)).anySatisfy(error -> {
            assertThat(error).containsEntry("line", 3);
            assertThat(error).containsEntry("field", "occurredAt");
        });
    }

    private void refusedJson(String at) {
        Response response = Api.exchange(Caller.GATEWAY).body(batch(at)).post("/api/v1/exchange-records");
        assertThat(errorsOf(response)).anySatisfy(error -> {
            assertThat(error).containsEntry("index", 1);
            assertThat(error).containsEntry("field", "[1].occurredAt");
        });
    }

    /** A good record of 1999 first, then the one dated {@code at}. */
    private static List<Map<String, Object>> batch(String at) {
        return List.of(
                ExchangeBatch.record(GOOD_AT, Fixtures.E2E_PROVIDER, Fixtures.E2E_CONSUMER, null, CALLS),
                ExchangeBatch.record(at, Fixtures.E2E_PROVIDER, Fixtures.E2E_CONSUMER, null, CALLS));
    }

    private static Response post(BatchType type, String body) {
        return Api.as(Caller.GATEWAY, Stack.EXCHANGE)
                .contentType(type.mediaType)
                .accept("application/json")
                .body(body)
                .post("/api/v1/exchange-records");
    }

    private static List<Map<String, Object>> errorsOf(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("https://govshare.io/problems/validation");
        List<Map<String, Object>> errors = response.jsonPath().getList("errors");
        assertThat(errors).as(response.asString()).isNotEmpty();
        return errors;
    }

    /** The exchange figures the refused records would have changed, as answers (JSON text) by what was asked. */
    private Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(YearMonth.of(1999, m));
        }
        months.add(YearMonth.of(1998, 5));
        months.add(Stack.currentMonth());
        months.add(YearMonth.from(OffsetDateTime.parse(this.threeDaysAhead).atZoneSameInstant(Stack.ZONE)));
        for (YearMonth month : months.stream().distinct().toList()) {
            figures.put(
                    "summary " + month,
                    Figures.exchangeSummary(month.toString()).prettify());
            figures.put(
                    "provider " + month,
                    Figures.organization(Fixtures.E2E_PROVIDER, month.toString())
                            .prettify());
            figures.put(
                    "consumer " + month,
                    Figures.organization(Fixtures.E2E_CONSUMER, month.toString())
                            .prettify());
        }
        return figures;
    }

    private enum BatchType {
        NDJSON("application/x-ndjson"),
        CSV("text/csv");

        private final String mediaType;

        BatchType(String mediaType) {
            this.mediaType = mediaType;
        }
    }
}
