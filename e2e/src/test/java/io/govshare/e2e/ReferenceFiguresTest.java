package io.govshare.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transcription {@code reference-2023-10.json}, the figures the end-to-end tests expect, says what the
 * repository's reference docs/reference-2023-10.md says, figure for figure: its tables are parsed and compared with
 * the fixture, and every member of the fixture is compared. Needs no stack, and nothing outside the repository.
 */
class ReferenceFiguresTest {

    private static final Path REFERENCE = Path.of("docs", "reference-2023-10.md");
    private static List<String> lines;

    @BeforeAll
    static void readReference() throws IOException {
        Path file = Stack.root().resolve(REFERENCE);
        assertThat(file).as("the reference of the repository").isRegularFile();
        lines = Files.readAllLines(file);
    }

    @Test
    void theFixtureCitesTheReferenceAndEveryMemberIsCompared() {
        assertThat(Reference.json().path("_source").asText()).startsWith("docs/reference-2023-10.md");
        Set<String> members = new TreeSet<>();
        Reference.json().fieldNames().forEachRemaining(members::add);
        assertThat(members)
                .containsExactlyInAnyOrder(
                        "_source",
                        "month",
                        "requests",
                        "exchangeWan",
                        "nationalApplications",
                        "recommendations",
                        "timelinessTop3",
                        "topProviders",
                        "topConsumers",
                        "regionsProvided",
                        "regionsUsed",
                        "ledger");
    }

    @Test
    void monthOfTheMasthead() {
        Map<String, String> masthead = pairs(table("## Masthead"));
        String month = Reference.json().path("month").asText();
        assertThat(masthead.get("month"))
                .isEqualTo(month.substring(0, 4) + "年" + Integer.parseInt(month.substring(5)) + "月");
    }

    @Test
    void requestFigures() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (List<String> row : table("（一）数据调度情况")) {
            rows.put(unquote(row.get(0)), row.get(2));
        }
        assertThat(rows).containsExactlyInAnyOrderEntriesOf(members("requests"));
    }

    @Test
    void exchangeFigures() {
        Map<String, String> names = Map.of(
                "total", "total",
                "provided[PROVINCIAL]", "provincialProvided",
                "used[PROVINCIAL]", "provincialUsed",
                "provided[PREFECTURE + COUNTY]", "prefectureProvided",
                "used[PREFECTURE + COUNTY]", "prefectureUsed");
        Map<String, String> rows = new LinkedHashMap<>();
        for (List<String> row : table("（二）数据交换情况")) {
            String figure = unquote(row.get(0));
            assertThat(names).as("a figure of the exchange table").containsKey(figure);
            rows.put(names.get(figure), row.get(2));
        }
        assertThat(rows).containsExactlyInAnyOrderEntriesOf(members("exchangeWan"));
    }

    @Test
    void nationalApplications() {
        String text = String.join(" ", section("（一）国家数据申请情况")).replaceAll("\\s+", " ");
        JsonNode national = Reference.json().path("nationalApplications");
        assertThat(group(text, "\\*\\*(\\d+)\\*\\* applications"))
                .isEqualTo(national.path("total").asText());
        assertThat(group(text, "by \\*\\*(\\d+)\\*\\* organizations"))
                .isEqualTo(national.path("organizations").asText());
        String named = group(text, "the report names \\S+: ([^(（]+?) \\(").replace(" ", "");
        assertThat(Arrays.asList(named.split("、")))
                .containsExactlyElementsOf(Reference.names("nationalApplications", "named"));
    }

    @Test
    void recommendationsOfTable2_2() {
        assertThat(ranked(table("表2-2"), 1, 2)).containsExactlyElementsOf(Reference.entries("recommendations"));
    }

    @Test
    void timelinessTopThree() {
        String text = String.join(" ", section("（一）数据申请响应情况"));
        assertThat(Arrays.asList(group(text, "top three: \\*\\*([^*]+)\\*\\*").split("、")))
                .containsExactlyElementsOf(Reference.names("timelinessTop3"));
    }

    @Test
    void topTensOfTables3_2And3_3() {
        assertThat(ranked(table("表3-2"), 1, 2)).containsExactlyElementsOf(Reference.entries("topProviders"));
        assertThat(ranked(table("表3-3"), 1, 2)).containsExactlyElementsOf(Reference.entries("topConsumers"));
    }

    @Test
    void regionsOfTables4_1And4_2WithTheirSums() {
        List<List<String>> rows = table("四、市州数据共享服务情况");
        List<List<String>> ranked =
                rows.stream().filter(row -> !row.get(0).isEmpty()).toList();
        assertThat(ranked(ranked, 1, 2)).containsExactlyElementsOf(Reference.entries("regionsProvided"));
        assertThat(ranked(ranked, 3, 4)).containsExactlyElementsOf(Reference.entries("regionsUsed"));
        List<String> sums = rows.stream()
                .filter(row -> row.get(0).isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the regions table has no sum row"));
        assertThat(Long.parseLong(sums.get(2))).isEqualTo(sum("regionsProvided"));
        assertThat(Long.parseLong(sums.get(4))).isEqualTo(sum("regionsUsed"));
    }

    @Test
    void oneLedgerUnitsByStatus() {
        Map<String, String> statuses = Map.of(
                "(COMPLETED)", "completed",
                "(IN_PROGRESS)", "inProgress",
                "(SCHEDULED)", "scheduled");
        Map<String, List<String>> units = new LinkedHashMap<>();
        for (List<String> row : table("五、政务数据")) {
            String status = statuses.entrySet().stream()
                    .filter(e -> row.get(0).contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("unknown ledger status " + row.get(0)));
            List<String> names = Arrays.asList(row.get(1).split("、"));
            assertThat(names).hasSize(Integer.parseInt(row.get(2)));
            units.put(status, names);
        }
        assertThat(units.keySet()).containsExactlyInAnyOrder("completed", "inProgress", "scheduled");
        units.forEach((status, names) ->
                assertThat(names).as(status).containsExactlyElementsOf(Reference.names("ledger", status)));
    }

    // ---- the reference's Markdown

    /** The lines under the first heading that contains {@code heading}, up to the next heading. */
    private static List<String> section(String heading) {
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).startsWith("#") && lines.get(i).contains(heading)) {
                start = i + 1;
            }
        }
        assertThat(start).as("a heading with '%s' in %s", heading, REFERENCE).isPositive();
        List<String> section = new ArrayList<>();
        for (int i = start; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            section.add(lines.get(i));
        }
        return section;
    }

    /** The body rows of the section's table (header and rule left out), cells trimmed and without bold marks. */
    private static List<List<String>> table(String heading) {
        List<List<String>> rows = new ArrayList<>();
        boolean header = true;
        for (String line : section(heading)) {
            if (!line.startsWith("|")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            if (line.matches("\\|[\\s:|-]+\\|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
                cells.add(cell.replace("**", "").trim());
            }
            rows.add(cells);
        }
        assertThat(rows).as("the table under '%s'", heading).isNotEmpty();
        return rows;
    }

    /** Two columns of ranked rows, checking that the first column counts 1, 2, 3 …. */
    private static List<Reference.Entry> ranked(List<List<String>> rows, int name, int value) {
        List<Reference.Entry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get(0)).as("rank of %s", rows.get(i)).isEqualTo(String.valueOf(i + 1));
            entries.add(new Reference.Entry(rows.get(i).get(name), rows.get(i).get(value)));
        }
        return entries;
    }

    /** The members of an object of the fixture, as text. */
    private static Map<String, String> members(String object) {
        Map<String, String> members = new LinkedHashMap<>();
        Reference.json()
                .path(object)
                .fields()
                .forEachRemaining(f -> members.put(f.getKey(), f.getValue().asText()));
        return members;
    }

    private static Map<String, String> pairs(List<List<String>> rows) {
        Map<String, String> pairs = new LinkedHashMap<>();
        rows.forEach(row -> pairs.put(row.get(0), row.get(1)));
        return pairs;
    }

    private static long sum(String list) {
        return Reference.entries(list).stream()
                .mapToLong(entry -> Long.parseLong(entry.value()))
                .sum();
    }

    private static String unquote(String cell) {
        return cell.replace("`", "");
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("'%s' in %s", regex, REFERENCE).isTrue();
        return m.group(1);
    }
}
