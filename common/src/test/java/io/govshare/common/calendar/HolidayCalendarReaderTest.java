package io.govshare.common.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The built-in years merged with the deployment's files, and what a file must be to be used. */
class HolidayCalendarReaderTest {

    @TempDir
    Path dir;

    private static final String BUILT_IN = """
            {"description": "test", "years": [
              {"year": 2025, "notice": "n", "holidays": [{"name": "元旦", "from": "2025-01-01", "to": "2025-01-01"}],
               "workingDays": [{"name": "春节", "date": "2025-01-26"}]},
              {"year": 2026, "holidays": [{"name": "元旦", "from": "2026-01-01", "to": "2026-01-03"}],
               "workingDays": [{"name": "元旦", "date": "2026-01-04"}]}]}""";

    private String file(String name, String json) throws IOException {
        Path path = this.dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, json);
        return path.toString();
    }

    private static String year(int year, String holidayFrom, String holidayTo, String workingDay) {
        return """
                {"years": [{"year": %d, "notice": "国务院办公厅关于%d年部分节假日安排的通知",
                  "holidays": [{"name": "元旦", "from": "%s", "to": "%s"}],
                  "workingDays": [%s]}]}""".formatted(
                        year,
                        year,
                        holidayFrom,
                        holidayTo,
                        workingDay == null ? "" : "{\"name\": \"元旦\", \"date\": \"" + workingDay + "\"}");
    }

    @Test
    void theBuiltInYears_alone() throws IOException {
        HolidayCalendar calendar = HolidayCalendarReader.read(file("built-in.json", BUILT_IN), List.of());

        assertThat(calendar.coveredYears()).containsExactly(2025, 2026);
        assertThat(calendar.holidays()).contains(LocalDate.of(2026, 1, 2)).hasSize(4);
        assertThat(calendar.adjustedWorkingDays())
                .containsExactlyInAnyOrder(LocalDate.of(2025, 1, 26), LocalDate.of(2026, 1, 4));
    }

    @Test
    void aDirectoryOfFiles_addsItsYears_andReplacesABuiltInYear() throws IOException {
        String builtIn = file("built-in.json", BUILT_IN);
        // a ConfigMap mounted as a directory: the files, plus the kubelet's hidden ..data entries
        file("holidays/2027.json", year(2027, "2027-01-01", "2027-01-01", "2027-01-09"));
        file("holidays/2026.json", year(2026, "2026-01-01", "2026-01-01", null));
        file("holidays/..data/stale.json", "not json at all");
        file("holidays/README.txt", "not a calendar");

        HolidayCalendar calendar = HolidayCalendarReader.read(
                builtIn, List.of(this.dir.resolve("holidays").toString()));

        assertThat(calendar.coveredYears()).containsExactly(2025, 2026, 2027);
        assertThat(calendar.holidays()).contains(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1));
        // 2026 is the configured one: the built-in 2026's 2nd and 3rd and its working day are gone
        assertThat(calendar.holidays()).doesNotContain(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3));
        assertThat(calendar.adjustedWorkingDays()).doesNotContain(LocalDate.of(2026, 1, 4));
        assertThat(calendar.adjustedWorkingDays()).contains(LocalDate.of(2027, 1, 9), LocalDate.of(2025, 1, 26));
        assertThat(calendar.years().get(2026).source()).endsWith("2026.json");
        assertThat(calendar.years().get(2025).source()).endsWith("built-in.json");
    }

    @Test
    void singleFiles_andAnEmptyDirectory_canBeNamed() throws IOException {
        String builtIn = file("built-in.json", BUILT_IN);
        String extra = file("extra/cn-2028.json", year(2028, "2027-12-30", "2028-01-01", null));
        Files.createDirectories(this.dir.resolve("empty"));

        HolidayCalendar calendar = HolidayCalendarReader.read(
                builtIn, List.of(extra, this.dir.resolve("empty").toString()));

        assertThat(calendar.coveredYears()).containsExactly(2025, 2026, 2028);
        assertThat(calendar.holidays()).contains(LocalDate.of(2027, 12, 30));
    }

    @Test
    void theSameYearInTwoConfiguredFiles_isRefused() throws IOException {
        String builtIn = file("built-in.json", BUILT_IN);
        file("holidays/a.json", year(2027, "2027-01-01", "2027-01-01", null));
        file("holidays/b.json", year(2027, "2027-01-01", "2027-01-03", null));

        assertThatThrownBy(() -> HolidayCalendarReader.read(
                        builtIn, List.of(this.dir.resolve("holidays").toString())))
                .hasMessageContaining("2027 is in both")
                .hasMessageContaining("a.json")
                .hasMessageContaining("b.json");
    }

    @Test
    void aMissingLocation_isRefused() throws IOException {
        String builtIn = file("built-in.json", BUILT_IN);
        assertThatThrownBy(() -> HolidayCalendarReader.read(
                        builtIn, List.of(this.dir.resolve("none").toString())))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> HolidayCalendarReader.read("classpath:calendar/none.json", List.of()))
                .hasMessageContaining("cannot read the holiday calendar");
    }

    @Test
    void badFiles_areRefused_withWhereAndWhy() throws IOException {
        record Bad(String json, String message) {}
        List<Bad> bad = List.of(
                new Bad("{\"years\": [", "cannot read the holiday calendar"),
                new Bad("[]", "is not an object with an array \"years\""),
                new Bad("{\"years\": []}", "has no years"),
                new Bad("{\"years\": [{\"holidays\": []}]}", "years[0] has no integer \"year\""),
                new Bad(year(2027, "2027-01-03", "2027-01-01", null), "year 2027 holidays[0] ends (2027-01-01) before"),
                new Bad(year(2027, "2027-01-01", "2027-13-01", null), "\"to\": \"2027-13-01\", not a date"),
                new Bad(year(2027, "2028-10-01", "2028-10-07", null), "lies outside 2026-12-01 … 2028-01-31"),
                new Bad(year(2027, "2027-01-01", "2027-03-01", null), "spans more than 31 days"),
                new Bad(year(2027, "2027-01-01", "2027-01-01", "2027-01-05"), "2027-01-05 is a TUESDAY, not a weekend"),
                new Bad(year(2027, "2027-01-02", "2027-01-03", "2027-01-02"), "2027-01-02 is also a holiday"),
                new Bad(
                        "{\"years\": [{\"year\": 2027, \"holiday\": [{\"from\": \"2027-01-01\", \"to\": \"2027-01-01\"}]}]}",
                        "year 2027 has an unknown member \"holiday\""),
                new Bad("{\"years\": [{\"year\": 2027, \"holidays\": []}]}", "year 2027 has no holidays"));
        for (Bad b : bad) {
            String path = file("bad.json", b.json());
            assertThatThrownBy(() -> HolidayCalendarReader.readFile(path))
                    .as(b.json())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(path)
                    .hasMessageContaining(b.message());
        }
        String twice = file("twice.json", """
                {"years": [{"year": 2027, "holidays": [{"from": "2027-01-01", "to": "2027-01-01"}]},
                           {"year": 2027, "holidays": [{"from": "2027-01-01", "to": "2027-01-01"}]}]}""");
        assertThatThrownBy(() -> HolidayCalendarReader.readFile(twice)).hasMessageContaining("year 2027 appears twice");
    }

    @Test
    void aDayThatIsAHolidayOfOneYearAndAWorkingDayOfAnother_isRefused() throws IOException {
        String builtIn = file("built-in.json", BUILT_IN);
        // each file is consistent, but a configured 2024 holiday runs into the built-in 2025's working day 2025-01-26
        String extra = file("2024.json", year(2024, "2025-01-25", "2025-01-26", null));

        assertThatThrownBy(() -> HolidayCalendarReader.read(builtIn, List.of(extra)))
                .hasMessageContaining("2025-01-26 both as a holiday and as an adjusted working day")
                .hasMessageContaining("2024 of " + extra);
    }
}
