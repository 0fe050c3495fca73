package io.govshare.request.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.request.CatalogWireMock;
import io.govshare.request.domain.ResponseDeadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holiday calendar as data ops can update (k8s/RUNBOOK.md, "Adding a holiday year"): here the built-in calendar
 * holds only the current year (in Asia/Shanghai) and a configured directory adds the year after next. The next year
 * is missing, which the readiness check (still UP) and the gauge tell; the added year's holiday moves a deadline.
 */
@QuarkusTest
@TestProfile(CalendarFromConfigurationTest.Profile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class CalendarFromConfigurationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int YEAR = LocalDate.now(ZONE).getYear();
    /** The Wednesday of the second full week of March of the year after next: a holiday of the added year. */
    static final LocalDate ADDED_HOLIDAY = LocalDate.of(YEAR + 2, 3, 1)
            .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
            .plusWeeks(1)
            .plusDays(2);

    public static class Profile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("govshare-calendar");
                Path builtIn =
                        Files.writeString(dir.resolve("built-in.json"), calendar(YEAR, LocalDate.of(YEAR, 1, 1)));
                Path configMap = Files.createDirectories(dir.resolve("configmap"));
                Files.writeString(
                        configMap.resolve("cn-holidays-" + (YEAR + 2) + ".json"), calendar(YEAR + 2, ADDED_HOLIDAY));
                return Map.of(
                        "request.calendar.location", builtIn.toString(),
                        "request.calendar.additional", configMap.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String calendar(int year, LocalDate holiday) {
            return """
                    {"years": [{"year": %d, "notice": "test", "holidays": [{"name": "test", "from": "%s", "to": "%s"}],
                                "workingDays": []}]}""".formatted(year, holiday, holiday);
        }
    }

    @Inject
    ResponseDeadline deadline;

    @Test
    void theMissingNextYear_showsInReadiness_whichStaysUp_andInTheGauge() {
        String body =
                given().get("/q/health/ready").then().statusCode(200).extract().asString();
        List<Map<String, Object>> checks =
                io.restassured.path.json.JsonPath.from(body).getList("checks");
        Map<String, Object> calendar = checks.stream()
                .filter(c -> "holiday-calendar".equals(c.get("name")))
                .findFirst()
                .orElseThrow();
        assertThat(calendar.get("status")).isEqualTo("UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) calendar.get("data");
        assertThat(data)
                .containsEntry("missingYears", String.valueOf(YEAR + 1))
                .containsEntry("checkedYears", YEAR + ", " + (YEAR + 1))
                .containsEntry("coveredYears", YEAR + ", " + (YEAR + 2));

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("govshare_calendar_year_missing{year=\"" + YEAR + "\"} 0.0")
                .contains("govshare_calendar_year_missing{year=\"" + (YEAR + 1) + "\"} 1.0");
    }

    @Test
    void aYearAddedByConfiguration_movesTheDeadline() {
        // submitted on the Monday of the holiday's week at 10:00: ten working days end two weeks later on Monday at
        // 10:00, and on Tuesday with the Wednesday off
        Instant monday = ADDED_HOLIDAY
                .minusDays(2)
                .atTime(LocalTime.of(10, 0))
                .atZone(ZONE)
                .toInstant();
        Instant expected = ADDED_HOLIDAY
                .plusDays(13)
                .atTime(LocalTime.of(10, 0))
                .atZone(ZONE)
                .toInstant();

        assertThat(ADDED_HOLIDAY.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(this.deadline.deadlineFor(monday)).isEqualTo(expected);
    }
}
