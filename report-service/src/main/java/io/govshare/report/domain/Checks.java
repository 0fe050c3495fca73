package io.govshare.report.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The consistency checks run at every build (docs/report.md, "Checks"; docs/statistics.md): the identities between the request buckets, the
 * exchange totals by level, the Top-10s against their level, the region tables against the 市州 figures and the
 * recommendations. Each check names the numbers it compared, so that a failure can be read in the report.
 */
public final class Checks {

    public static final String DECIDED = "requests.decided";
    public static final String SUBMITTED = "requests.submitted";
    public static final String REJECTED_BY_NODE = "requests.rejected-by-node";
    public static final String EXCHANGE_USED = "exchange.total-used";
    public static final String EXCHANGE_PROVIDED = "exchange.total-provided";
    public static final String TOP_PROVIDERS = "exchange.top-providers";
    public static final String TOP_CONSUMERS = "exchange.top-consumers";
    public static final String REGIONS_PROVIDED = "exchange.regions-provided";
    public static final String REGIONS_USED = "exchange.regions-used";
    public static final String NATIONAL_APPLICATIONS = "national.applications";
    public static final String RECOMMENDATIONS = "national.recommendations";

    private Checks() {}

    /** Every check over the figures, in the order of the report. */
    public static List<Check> of(Figures figures) {
        RequestStats r = figures.requests();
        ExchangeSummary s = figures.exchange().summary();
        List<Check> checks = new ArrayList<>();
        checks.add(equality(DECIDED, "decided", r.decided(), "signed + rejected", r.signed() + r.rejected()));
        checks.add(equality(
                SUBMITTED,
                "submitted",
                r.submitted(),
                "decided + pending + unconditional + withdrawn",
                r.decided() + r.pending() + r.unconditional() + r.withdrawn()));
        checks.add(equality(
                REJECTED_BY_NODE,
                "rejected",
                r.rejected(),
                "ACCEPT + REVIEW + SIGN",
                r.rejectedAt(RequestStats.ACCEPT)
                        + r.rejectedAt(RequestStats.REVIEW)
                        + r.rejectedAt(RequestStats.SIGN)));
        checks.add(equality(EXCHANGE_USED, "total", s.total(), "Σ used by level", s.usedSum()));
        checks.add(equality(EXCHANGE_PROVIDED, "total", s.total(), "Σ provided by level", s.providedSum()));
        checks.add(topTen(
                TOP_PROVIDERS,
                figures.exchange().topProviders(),
                "provided[PROVINCIAL]",
                s.provided(Level.PROVINCIAL)));
        checks.add(
                topTen(TOP_CONSUMERS, figures.exchange().topConsumers(), "used[PROVINCIAL]", s.used(Level.PROVINCIAL)));
        checks.add(regions(
                REGIONS_PROVIDED,
                figures.exchange().regionsProvided(),
                "provided[PREFECTURE + COUNTY]",
                s.providedByPrefectures()));
        checks.add(regions(
                REGIONS_USED, figures.exchange().regionsUsed(), "used[PREFECTURE + COUNTY]", s.usedByPrefectures()));
        NationalApplications applications = figures.national().applications();
        checks.add(equality(
                NATIONAL_APPLICATIONS,
                "total",
                applications.total(),
                "Σ per organization",
                applications.organizations().stream()
                        .mapToLong(NationalApplications.Applicant::count)
                        .sum()));
        checks.add(recommendations(figures.national().recommendations()));
        return List.copyOf(checks);
    }

    /** True when every check passed. */
    public static boolean allOk(List<Check> checks) {
        return checks.stream().allMatch(Check::ok);
    }

    private static Check equality(String name, String left, long leftValue, String right, long rightValue) {
        String relation = leftValue == rightValue ? " = " : " ≠ ";
        return new Check(name, leftValue == rightValue, left + " " + leftValue + relation + right + " " + rightValue);
    }

    private static Check topTen(String name, List<RankedCalls> rows, String levelName, long levelTotal) {
        List<String> problems = new ArrayList<>(ordering(rows));
        if (rows.size() > 10) {
            problems.add(rows.size() + " rows, more than 10");
        }
        long sum = sum(rows);
        if (sum > levelTotal) {
            problems.add("Σ Top-10 " + sum + " > " + levelName + " " + levelTotal);
        }
        String summary = "Σ Top-10 " + sum + " ≤ " + levelName + " " + levelTotal + ", sorted by calls descending";
        return problems.isEmpty()
                ? new Check(name, true, summary)
                : new Check(name, false, String.join("; ", problems));
    }

    private static Check regions(String name, List<RankedCalls> rows, String figureName, long figure) {
        List<String> problems = new ArrayList<>(ordering(rows));
        long sum = sum(rows);
        if (sum != figure) {
            problems.add("Σ regions " + sum + " ≠ " + figureName + " " + figure);
        }
        return problems.isEmpty()
                ? new Check(name, true, "Σ regions " + sum + " = " + figureName + " " + figure)
                : new Check(name, false, String.join("; ", problems));
    }

    private static List<String> ordering(List<RankedCalls> rows) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RankedCalls row = rows.get(i);
            if (row.rank() != i + 1) {
                problems.add("row " + (i + 1) + " has rank " + row.rank());
            }
            if (i > 0 && rows.get(i - 1).calls() < row.calls()) {
                problems.add("rank " + row.rank() + " (" + row.calls() + ") is above rank "
                        + rows.get(i - 1).rank() + " (" + rows.get(i - 1).calls() + ")");
            }
        }
        return problems;
    }

    private static Check recommendations(Recommendations recommendations) {
        List<String> problems = new ArrayList<>();
        List<Recommendations.Item> items = recommendations.items();
        for (int i = 0; i < items.size(); i++) {
            Recommendations.Item item = items.get(i);
            if (item.rank() != i + 1) {
                problems.add("item " + (i + 1) + " has rank " + item.rank());
            }
            if (blank(item.ministryCode()) || blank(item.ministry())) {
                problems.add("resource " + item.resourceCode() + " names no ministry");
            }
            if (blank(item.resourceName())) {
                problems.add("resource " + item.resourceCode() + " has no name");
            }
        }
        return problems.isEmpty()
                ? new Check(
                        RECOMMENDATIONS,
                        true,
                        items.size() + " resources, each of a ministry, ranked 1.." + items.size())
                : new Check(RECOMMENDATIONS, false, String.join("; ", problems));
    }

    private static long sum(List<RankedCalls> rows) {
        return rows.stream().mapToLong(RankedCalls::calls).sum();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
