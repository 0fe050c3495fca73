package io.govshare.e2e;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentences and tables of the October 2023 report, as the report's text must carry them. */
final class ReportText {

    private ReportText() {}

    /** Whitespace, quotes and Markdown emphasis removed, full-width punctuation made ASCII: what a reader compares. */
    static String normalize(String text) {
        return text.replaceAll("[\\s\"“”]+", "")
                .replace("**", "")
                .replace('（', '(')
                .replace('）', ')')
                .replace('，', ',')
                .replace('：', ':')
                .replace('；', ';');
    }

    static void assertSaysTheReference(String text) {
        assertThat(text)
                .contains("一、总体情况", "二、国家数据共享情况", "三、部门数据共享服务情况", "四、市州数据共享服务情况")
                .contains("五、政务数据一本账目录试点工作", "六、数据应用典型案例");
        assertThat(text)
                .contains("发起数据共享申请" + Reference.requests("submitted") + "次(含撤回、重提" + Reference.requests("withdrawn")
                        + "次)")
                .contains("审核" + Reference.requests("decided") + "次(含驳回、通过)")
                .contains("未审核" + Reference.requests("pending") + "次")
                .contains("无条件共享" + Reference.requests("unconditional") + "次")
                .contains("签发" + Reference.requests("signed") + "次")
                .contains("驳回" + Reference.requests("rejected") + "次");
        assertThat(text)
                .contains("交换数据" + Reference.exchangeWan("total") + "万余次")
                .contains("省直部门提供数据服务" + Reference.exchangeWan("provincialProvided") + "万余次")
                .contains("使用数据" + Reference.exchangeWan("provincialUsed") + "万余次")
                .contains("市州提供数据服务" + Reference.exchangeWan("prefectureProvided") + "万余次")
                .contains("使用数据" + Reference.exchangeWan("prefectureUsed") + "万余次");
        var national = Reference.json().path("nationalApplications");
        assertThat(text)
                .contains(String.join("、", Reference.names("nationalApplications", "named")) + "等"
                        + national.path("organizations").asInt() + "个部门")
                .contains("申请国家数据" + national.path("total").asInt() + "次");
        assertThat(text).contains("排名前三的部门为" + String.join("、", Reference.names("timelinessTop3")));
        assertRows(text, Reference.entries("recommendations"));
        assertRows(text, Reference.entries("topProviders"));
        assertRows(text, Reference.entries("topConsumers"));
        assertRows(text, Reference.entries("regionsProvided"));
        assertRows(text, Reference.entries("regionsUsed"));
        assertThat(text)
                .contains("排名前三的地区为" + topThree("regionsProvided"))
                .contains("排名前三的地区为" + topThree("regionsUsed"));
        assertThat(text)
                .contains(String.join("、", Reference.names("ledger", "completed")) + "等3家单位已基本完成")
                .contains(String.join("、", Reference.names("ledger", "inProgress")) + "等5家单位正在进行")
                .contains(String.join("、", Reference.names("ledger", "scheduled")) + "等7家单位已确定");
    }

    /** Table rows "| n | name | figure |", in order. */
    private static void assertRows(String text, List<Reference.Entry> entries) {
        int from = 0;
        for (int i = 0; i < entries.size(); i++) {
            String row = "|" + (i + 1) + "|" + entries.get(i).name() + "|"
                    + entries.get(i).value() + "|";
            int at = text.indexOf(row, from);
            assertThat(at).as("table row %s after position %d", row, from).isGreaterThanOrEqualTo(0);
            from = at + row.length() - 1;
        }
    }

    private static String topThree(String list) {
        return String.join(
                "、",
                Reference.entries(list).subList(0, 3).stream()
                        .map(Reference.Entry::name)
                        .toList());
    }
}
