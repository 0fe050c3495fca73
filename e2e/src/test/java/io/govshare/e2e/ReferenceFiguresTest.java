package io.govshare.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The transcription {@code reference-2023-10.json} says what REFERENCE-2023-10.md says, figure for figure, so that
 * the end-to-end tests compare the services with the reference itself. Needs no stack; runs where the workplace's
 * {@code shared/} folder sits beside the checkout (as in CI).
 */
class ReferenceFiguresTest {

    private static String reference;

    @BeforeAll
    static void readReference() throws IOException {
        // shared/ sits beside a clone (CI, /work/main) or two levels up from a worktree (/work/wt/<name>)
        Path file = Stream.of("../shared", "../../shared")
                .map(dir -> Stack.root()
                        .resolve(dir)
                        .resolve("seed/REFERENCE-2023-10.md")
                        .normalize())
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(null);
        assumeTrue(file != null, "REFERENCE-2023-10.md is not beside this checkout");
        reference = Files.readString(file).replaceAll("\\s+", "");
    }

    @Test
    void requestFigures() {
        Map<String, String> rows = Map.of(
                "submitted", "|applicationssubmitted(发起数据共享申请)|",
                "withdrawn", "|ofwhichwithdrawn/resubmitted(含撤回、重提)|",
                "decided", "|decided(审核,approvedorrejected)|",
                "pending", "|notyetdecided(未审核)|",
                "unconditional", "|unconditionalsharing(无条件共享,auto-approved)|",
                "signed", "|signedoff(签发)|",
                "rejected", "|rejected(驳回,attheaccept,revieworsign-offnode)|");
        rows.forEach((figure, row) -> assertThat(reference).contains(row + Reference.requests(figure) + "|"));
    }

    @Test
    void exchangeFigures() {
        Map<String, String> rows = Map.of(
                "total", "|totalexchanges(交换数据)|",
                "provincialProvided", "|provincialdepartmentsprovided(省直部门提供数据服务)|",
                "provincialUsed", "|provincialdepartmentsused(省直部门使用数据)|",
                "prefectureProvided", "|prefecturecitiesprovided(市州提供数据服务)|",
                "prefectureUsed", "|prefecturecitiesused(市州使用数据)|");
        rows.forEach((figure, row) -> assertThat(reference).contains(row + Reference.exchangeWan(figure) + "|"));
    }

    @Test
    void topTensAndRegions() {
        assertThat(reference).contains(joined("表3-2部门数据服务量TOP10(provided,万次):", Reference.entries("topProviders")));
        assertThat(reference).contains(joined("表3-3部门数据使用量TOP10(used,万次):", Reference.entries("topConsumers")));
        List<Reference.Entry> provided = Reference.entries("regionsProvided");
        List<Reference.Entry> used = Reference.entries("regionsUsed");
        for (int i = 0; i < provided.size(); i++) {
            assertThat(reference)
                    .contains("|" + (i + 1) + "|" + provided.get(i).name() + "|"
                            + provided.get(i).value() + "|" + used.get(i).name() + "|"
                            + used.get(i).value() + "|");
        }
    }

    @Test
    void nationalRecommendationsTimelinessAndLedger() {
        var national = Reference.json().path("nationalApplications");
        assertThat(reference)
                .contains(national.path("organizations").asInt() + "departments(")
                .contains("appliedfornationaldata" + national.path("total").asInt() + "times");
        Reference.names("nationalApplications", "named")
                .forEach(name -> assertThat(reference).contains(name));
        var recommendations = Reference.entries("recommendations");
        for (int i = 0; i < recommendations.size(); i++) {
            assertThat(reference)
                    .contains("|" + (i + 1) + "|" + recommendations.get(i).name() + "|"
                            + recommendations.get(i).value() + "|");
        }
        assertThat(reference).contains("topthree:" + String.join(",", Reference.names("timelinessTop3")) + ".");
        assertThat(reference)
                .contains("(已基本完成目录确认):" + String.join("、", Reference.names("ledger", "completed")) + "(3)")
                .contains("(正在进行目录确认):" + String.join("、", Reference.names("ledger", "inProgress")) + "(5)")
                .contains("(已确定目录确认时间):" + String.join("、", Reference.names("ledger", "scheduled")) + "(7)");
    }

    private static String joined(String lead, List<Reference.Entry> entries) {
        var text = new StringBuilder(lead);
        for (int i = 0; i < entries.size(); i++) {
            text.append(entries.get(i).name())
                    .append(entries.get(i).value())
                    .append(i < entries.size() - 1 ? ";" : ".");
        }
        return text.toString();
    }
}
