package io.govshare.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.quarkus.qute.TemplateData;

import io.govshare.report.domain.Case;
import io.govshare.report.domain.Change;
import io.govshare.report.domain.Check;
import io.govshare.report.domain.Colophon;
import io.govshare.report.domain.Edition;
import io.govshare.report.domain.EditionOption;
import io.govshare.report.domain.ExchangeSummary;
import io.govshare.report.domain.Figures;
import io.govshare.report.domain.LedgerLists;
import io.govshare.report.domain.Level;
import io.govshare.report.domain.NationalApplications;
import io.govshare.report.domain.PreviousMonth;
import io.govshare.report.domain.RankedCalls;
import io.govshare.report.domain.Recommendations;
import io.govshare.report.domain.RequestStats;
import io.govshare.report.domain.Snapshot;
import io.govshare.report.domain.TimelinessRow;
import io.govshare.report.domain.Wan;

/**
 * What the report template reads: the snapshot's figures, formatted (万 with the edition's rounding, dates in
 * Chinese), and which of the edition's optional sentences are printed (each only when the edition asks for it and its
 * inputs are real). The words are in {@code templates/report/report.md}, never here.
 */
@TemplateData
@TemplateData(target = RequestStats.class)
@TemplateData(target = Change.class)
@TemplateData(target = Colophon.class)
@TemplateData(target = Case.class)
@TemplateData(target = Check.class)
@TemplateData(target = LedgerLists.class)
@TemplateData(target = Recommendations.Item.class)
public record ReportModel(
        String title,
        String monthTitle,
        int monthNumber,
        String issuer,
        String issueDate,
        List<Check> failedChecks,
        RequestStats requests,
        Change requestsChange,
        ExchangeLine exchange,
        Change exchangeChange,
        String exchangeChangeWan,
        Integer previousMonthNumber,
        List<String> applicants,
        int applicantCount,
        long applicationTotal,
        List<Recommendations.Item> recommendations,
        List<String> timelinessTop,
        List<Row> topProviders,
        List<Row> topConsumers,
        List<Row> regionsProvided,
        List<Row> regionsUsed,
        LedgerLists ledger,
        List<Case> cases,
        Colophon colophon,
        boolean rejectionsByNode,
        boolean charts) {

    /** How many applicant organizations the sentence of 二(一) names before "等N个部门". */
    static final int APPLICANTS_NAMED = 5;

    /**
     * The 万 figures of section 一(二). {@code nationalShare} is null when the ministries provided nothing or the
     * edition does not print their share.
     */
    @TemplateData
    public record ExchangeLine(
            String total,
            String provincialProvided,
            String provincialUsed,
            String prefecturesProvided,
            String prefecturesUsed,
            String nationalProvided,
            String nationalShare) {}

    /** One table row: rank, name and the formatted value (万次 or 次). */
    @TemplateData
    public record Row(int rank, String name, String value) {}

    public long rejectedAtAccept() {
        return this.requests.rejectedAt(RequestStats.ACCEPT);
    }

    public long rejectedAtReview() {
        return this.requests.rejectedAt(RequestStats.REVIEW);
    }

    public long rejectedAtSign() {
        return this.requests.rejectedAt(RequestStats.SIGN);
    }

    /** The names of the first three rows, for the lead sentences. */
    public List<String> topThree(List<Row> rows) {
        return rows.stream().limit(3).map(Row::name).toList();
    }

    /**
     * The model of a stored snapshot and its checks; {@code charts} adds the chart images to the document when the
     * edition has them (Markdown never has them).
     */
    public static ReportModel of(Snapshot snapshot, List<Check> checks, boolean charts) {
        Figures f = snapshot.figures();
        Edition edition = snapshot.edition();
        YearMonth month = YearMonth.parse(snapshot.month());
        Wan wan = new Wan(edition.wanRounding());
        // 环比 only against a published month before, and only in an edition that asks for it
        PreviousMonth previous = edition.has(EditionOption.MONTH_ON_MONTH) ? f.previousMonth() : null;
        Change requestsChange = previous != null && previous.requests().submitted() > 0
                ? Change.between(previous.requests().submitted(), f.requests().submitted())
                : null;
        Change exchangeChange = previous != null && previous.exchange().total() > 0
                ? Change.between(
                        previous.exchange().total(), f.exchange().summary().total())
                : null;
        NationalApplications applications = f.national().applications();
        return new ReportModel(
                snapshot.edition().province() + "政府数据共享开放月报",
                month.getYear() + "年" + month.getMonthValue() + "月",
                month.getMonthValue(),
                snapshot.edition().issuer(),
                chineseDate(snapshot.edition().issueDate()),
                checks.stream().filter(c -> !c.ok()).toList(),
                f.requests(),
                requestsChange,
                exchangeLine(f.exchange().summary(), wan, edition.has(EditionOption.NATIONAL_SHARE)),
                exchangeChange,
                exchangeChange == null ? null : wan.format(exchangeChange.difference()),
                previous == null ? null : YearMonth.parse(previous.month()).getMonthValue(),
                applications.organizations().stream()
                        .limit(APPLICANTS_NAMED)
                        .map(NationalApplications.Applicant::orgName)
                        .toList(),
                applications.organizations().size(),
                applications.total(),
                f.national().recommendations().items(),
                f.timeliness().stream()
                        .limit(3)
                        .map(TimelinessRow::providerName)
                        .toList(),
                rows(f.exchange().topProviders(), wan, true),
                rows(f.exchange().topConsumers(), wan, true),
                rows(f.exchange().regionsProvided(), wan, false),
                rows(f.exchange().regionsUsed(), wan, false),
                f.ledger(),
                f.cases(),
                snapshot.edition().colophon(),
                edition.has(EditionOption.REJECTIONS_BY_NODE),
                charts && edition.has(EditionOption.CHARTS));
    }

    private static ExchangeLine exchangeLine(ExchangeSummary s, Wan wan, boolean withShare) {
        long national = s.provided(Level.NATIONAL);
        String share = !withShare || national == 0 || s.total() == 0
                ? null
                : BigDecimal.valueOf(national * 100L)
                        .divide(BigDecimal.valueOf(s.total()), 2, RoundingMode.HALF_UP)
                        .toPlainString();
        return new ExchangeLine(
                wan.format(s.total()),
                wan.format(s.provided(Level.PROVINCIAL)),
                wan.format(s.used(Level.PROVINCIAL)),
                wan.format(s.providedByPrefectures()),
                wan.format(s.usedByPrefectures()),
                wan.format(national),
                share);
    }

    private static List<Row> rows(List<RankedCalls> ranking, Wan wan, boolean inWan) {
        return ranking.stream()
                .map(r -> new Row(r.rank(), r.name(), inWan ? wan.format(r.calls()) : Long.toString(r.calls())))
                .toList();
    }

    private static String chineseDate(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
