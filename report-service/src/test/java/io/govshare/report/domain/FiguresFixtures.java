package io.govshare.report.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Figures shaped like the seed's October 2023, small enough to change one number per test. */
final class FiguresFixtures {

    private FiguresFixtures() {}

    static RequestStats seedRequests() {
        return new RequestStats(
                "2023-10", 280, 7, 241, 15, 17, 121, 120, Map.of("ACCEPT", 58L, "REVIEW", 41L, "SIGN", 21L));
    }

    static ExchangeSummary seedSummary() {
        return new ExchangeSummary(
                "2023-10",
                32_696_900,
                Map.of(
                        Level.NATIONAL,
                        6_183_500L,
                        Level.PROVINCIAL,
                        24_707_819L,
                        Level.PREFECTURE,
                        1_500_000L,
                        Level.COUNTY,
                        305_581L),
                Map.of(Level.PROVINCIAL, 26_486_441L, Level.PREFECTURE, 5_000_000L, Level.COUNTY, 1_210_459L));
    }

    static List<RankedCalls> ranking(long... calls) {
        List<RankedCalls> rows = new ArrayList<>();
        for (int i = 0; i < calls.length; i++) {
            rows.add(new RankedCalls(i + 1, "o" + i, "单位" + i, calls[i]));
        }
        return rows;
    }

    static Figures figures(
            RequestStats requests, ExchangeSummary summary, List<RankedCalls> top, List<RankedCalls> regions) {
        return new Figures(
                requests,
                new ExchangeFigures(summary, top, top, regions, regions),
                new NationalFigures(
                        new NationalApplications(
                                "2023-10", 10, List.of(new NationalApplications.Applicant("gz.a", "省甲", 10))),
                        new Recommendations(
                                "2023-10", List.of(new Recommendations.Item(1, "cn.x.001", "资源", "cn.x", "某部")))),
                List.of(),
                new LedgerLists("2023-10-31", List.of(), List.of(), List.of()),
                List.of(),
                null);
    }

    /** Figures whose checks all pass: regions sum to PREFECTURE + COUNTY of the used side and the provided side. */
    static Figures consistent() {
        ExchangeSummary s = new ExchangeSummary(
                "2023-10",
                1000,
                Map.of(Level.NATIONAL, 100L, Level.PROVINCIAL, 600L, Level.PREFECTURE, 200L, Level.COUNTY, 100L),
                Map.of(Level.PROVINCIAL, 700L, Level.PREFECTURE, 250L, Level.COUNTY, 50L));
        return figures(seedRequests(), s, ranking(300, 200, 50), ranking(200, 100));
    }
}
