package io.govshare.report.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.govshare.report.StubServices;
import io.govshare.report.domain.WorkingCalendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holiday calendar as data ops can update (k8s/RUNBOOK.md, "Adding a holiday year"): here the built-in calendar
 * holds only the current year (in Asia/Shanghai) and a configured directory adds the year after next. The next year
 * is missing, which the readiness check (still UP) and the gauge tell; the added year moves the scheduled draft's day.
 */
@QuarkusTest
@TestProfile(CalendarFromConfigurationTest.Profile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class CalendarFromConfigurationTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    static final YearMonth MARCH = YearMonth.of(YEAR + 2, 3);

    public static class Profile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("govshare-calendar");
                Path builtIn = Files.writeString(
                        dir.resolve("built-in.json"),
                        calendar(YEAR, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 1, 1)));
                Path configMap = Files.createDirectories(dir.resolve("configmap"));
                // the added year's holiday: the first three weekdays of March
                Files.writeString(
                        configMap.resolve("cn-holidays-" + (YEAR + 2) + ".json"),
                        calendar(YEAR + 2, weekday(1), weekday(3)));
                return Map.of(
                        "report.calendar.location", builtIn.toString(),
                        "report.calendar.additional", configMap.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String calendar(int year, LocalDate from, LocalDate to) {
            return """
                    {"years": [{"year": %d, "holidays": [{"name": "test", "from": "%s", "to": "%s"}]}]}""".formatted(year, from, to);
        }
    }

    /** The n-th Monday-to-Friday day of {@link #MARCH}. */
    static LocalDate weekday(int n) {
        LocalDate day = MARCH.atDay(1);
        int count = 0;
        while (true) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && ++count == n) {
                return day;
            }
            day = day.plusDays(1);
        }
    }

    @Inject
    WorkingCalendar calendar;

    @Test
    void theMissingNextYear_showsInReadiness_asUpWithDetails_andInTheGauge() {
        // readiness may be DOWN for want of fonts on this machine (report-fonts); the calendar's own check is UP
        String body = given().get("/q/health/ready").then().extract().asString();
        List<Map<String, Object>> checks = JsonPath.from(body).getList("checks");
        Map<String, Object> check = checks.stream()
                .filter(c -> "holiday-calendar".equals(c.get("name")))
                .findFirst()
                .orElseThrow();
        assertThat(check.get("status")).isEqualTo("UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) check.get("data");
        assertThat(data)
                .containsEntry("missingYears", String.valueOf(YEAR + 1))
                .containsEntry("coveredYears", YEAR + ", " + (YEAR + 2));

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("govshare_calendar_year_missing{year=\"" + YEAR + "\"} 0.0")
                .contains("govshare_calendar_year_missing{year=\"" + (YEAR + 1) + "\"} 1.0");
    }

    @Test
    void aYearAddedByConfiguration_movesTheScheduledDraftsDay() {
        assertThat(this.calendar.covers(YEAR + 2)).isTrue();
        // the first three weekdays are the added holiday: the third working day is the sixth weekday
        assertThat(this.calendar.workingDay(MARCH, 3)).isEqualTo(weekday(6));
    }
}
