package io.govshare.report.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksTest {

    @Test
    void everyCheckPasses_forConsistentFigures() {
        List<Check> checks = Checks.of(FiguresFixtures.consistent());
        assertThat(checks).hasSize(11).allMatch(Check::ok);
        assertThat(Checks.allOk(checks)).isTrue();
    }

    @Test
    void decided_fails_whenNotSignedPlusRejected() {
        RequestStats r = new RequestStats("m", 280, 7, 240, 15, 17, 121, 120, Map.of("ACCEPT", 120L));
        Figures f = FiguresFixtures.figures(
                r, FiguresFixtures.consistent().exchange().summary(), List.of(), List.of());
        assertThat(check(f, Checks.DECIDED))
                .isEqualTo(new Check(Checks.DECIDED, false, "decided 240 ≠ signed + rejected 241"));
        assertThat(check(f, Checks.SUBMITTED).ok()).isFalse();
        assertThat(check(f, Checks.REJECTED_BY_NODE).ok()).isTrue();
    }

    @Test
    void rejectedByNode_fails_whenTheNodesDoNotAddUp() {
        RequestStats r = new RequestStats("m", 280, 7, 241, 15, 17, 121, 120, Map.of("ACCEPT", 58L, "REVIEW", 41L));
        Figures f = FiguresFixtures.figures(
                r, FiguresFixtures.consistent().exchange().summary(), List.of(), List.of());
        assertThat(check(f, Checks.REJECTED_BY_NODE).detail()).isEqualTo("rejected 120 ≠ ACCEPT + REVIEW + SIGN 99");
    }

    @Test
    void exchangeTotals_fail_whenTheLevelsDoNotAddUp() {
        ExchangeSummary s = new ExchangeSummary(
                "m", 1001, Map.of(Level.PROVINCIAL, 1000L), Map.of(Level.PROVINCIAL, 999L, Level.COUNTY, 2L));
        Figures f = FiguresFixtures.figures(FiguresFixtures.seedRequests(), s, List.of(), List.of());
        assertThat(check(f, Checks.EXCHANGE_USED).ok()).isTrue();
        assertThat(check(f, Checks.EXCHANGE_PROVIDED).detail()).isEqualTo("total 1001 ≠ Σ provided by level 1000");
    }

    @Test
    void topTen_fails_whenUnsortedOrLargerThanItsLevel() {
        ExchangeSummary s = FiguresFixtures.consistent().exchange().summary();
        Figures unsorted = FiguresFixtures.figures(
                FiguresFixtures.seedRequests(),
                s,
                FiguresFixtures.ranking(100, 300),
                FiguresFixtures.ranking(200, 100));
        assertThat(check(unsorted, Checks.TOP_PROVIDERS).detail()).isEqualTo("rank 2 (300) is above rank 1 (100)");
        Figures tooLarge = FiguresFixtures.figures(
                FiguresFixtures.seedRequests(),
                s,
                FiguresFixtures.ranking(500, 200),
                FiguresFixtures.ranking(200, 100));
        assertThat(check(tooLarge, Checks.TOP_PROVIDERS).detail()).isEqualTo("Σ Top-10 700 > provided[PROVINCIAL] 600");
        assertThat(check(tooLarge, Checks.TOP_CONSUMERS).ok()).isTrue();
        long[] eleven = new long[11];
        java.util.Arrays.fill(eleven, 1);
        Figures tooMany = FiguresFixtures.figures(
                FiguresFixtures.seedRequests(), s, FiguresFixtures.ranking(eleven), FiguresFixtures.ranking(200, 100));
        assertThat(check(tooMany, Checks.TOP_PROVIDERS).detail()).contains("11 rows, more than 10");
    }

    @Test
    void regions_fail_whenTheyDoNotSumToThePrefectureFigures() {
        ExchangeSummary s = FiguresFixtures.consistent().exchange().summary();
        Figures f = FiguresFixtures.figures(
                FiguresFixtures.seedRequests(), s, FiguresFixtures.ranking(300), FiguresFixtures.ranking(200, 99));
        assertThat(check(f, Checks.REGIONS_PROVIDED).detail())
                .isEqualTo("Σ regions 299 ≠ provided[PREFECTURE + COUNTY] 300");
        assertThat(check(f, Checks.REGIONS_USED).detail()).isEqualTo("Σ regions 299 ≠ used[PREFECTURE + COUNTY] 300");
    }

    @Test
    void seedRegionTables_sumExactlyToTheSeedPrefectureFigures() {
        ExchangeSummary s = FiguresFixtures.seedSummary();
        assertThat(s.providedByPrefectures())
                .isEqualTo(800008 + 654587 + 274772 + 29388 + 23766 + 11408 + 6897 + 4481 + 274);
        assertThat(s.usedByPrefectures())
                .isEqualTo(3902596 + 827246 + 642903 + 486440 + 303295 + 29227 + 8660 + 6612 + 3480);
        assertThat(s.providedSum()).isEqualTo(s.total());
        assertThat(s.usedSum()).isEqualTo(s.total());
    }

    @Test
    void recommendations_fail_forAResourceWithoutMinistry_orAGapInTheRanks() {
        Figures base = FiguresFixtures.consistent();
        Figures f = new Figures(
                base.requests(),
                base.exchange(),
                new NationalFigures(
                        base.national().applications(),
                        new Recommendations(
                                "m",
                                List.of(
                                        new Recommendations.Item(1, "cn.a.001", "甲", "cn.a", "某部"),
                                        new Recommendations.Item(3, "gz.b.001", "乙", null, " ")))),
                base.timeliness(),
                base.ledger(),
                base.cases(),
                null);
        assertThat(check(f, Checks.RECOMMENDATIONS).detail())
                .isEqualTo("item 2 has rank 3; resource gz.b.001 names no ministry");
    }

    @Test
    void nationalApplications_fail_whenTheTotalIsNotTheSumOfTheOrganizations() {
        Figures base = FiguresFixtures.consistent();
        Figures f = new Figures(
                base.requests(),
                base.exchange(),
                new NationalFigures(
                        new NationalApplications(
                                "m", 196, List.of(new NationalApplications.Applicant("gz.a", "省甲", 195))),
                        base.national().recommendations()),
                base.timeliness(),
                base.ledger(),
                base.cases(),
                null);
        assertThat(check(f, Checks.NATIONAL_APPLICATIONS).ok()).isFalse();
    }

    private static Check check(Figures figures, String name) {
        return Checks.of(figures).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
