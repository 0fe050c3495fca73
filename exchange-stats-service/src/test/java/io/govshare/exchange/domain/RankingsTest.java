package io.govshare.exchange.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingsTest {

    private final Directory directory = Directory.of(
            List.of(
                    new Organization("gz.b", "乙", Level.PROVINCIAL, null, true),
                    new Organization("gz.a", "甲", Level.PROVINCIAL, null, true),
                    new Organization("gz.c", "丙", Level.PROVINCIAL, null, true),
                    new Organization("gz.idle", "闲", Level.PROVINCIAL, null, true),
                    new Organization("gz.gone", "撤", Level.PROVINCIAL, null, false),
                    new Organization("cn.x", "部", Level.NATIONAL, null, true),
                    new Organization("gy.x", "市", Level.PREFECTURE, "520100", true),
                    new Organization("gy.y.x", "县", Level.COUNTY, "520100", true)),
            List.of(new Region("522700", "黔南州"), new Region("520100", "贵阳市"), new Region("520200", "六盘水市")));

    @Test
    void organizations_rankDescending_tiesByCode_andListActiveOnesWithoutCalls() {
        List<Rankings.Entry> ranking = Rankings.organizations(
                Map.of("gz.b", 50L, "gz.a", 50L, "gz.c", 70L, "cn.x", 999L), Level.PROVINCIAL, 10, this.directory);
        assertThat(ranking).extracting(Rankings.Entry::code).containsExactly("gz.c", "gz.a", "gz.b", "gz.idle");
        assertThat(ranking).extracting(Rankings.Entry::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranking).extracting(Rankings.Entry::name).containsExactly("丙", "甲", "乙", "闲");
        assertThat(Rankings.organizations(Map.of("gz.b", 50L, "gz.a", 50L), Level.PROVINCIAL, 1, this.directory))
                .extracting(Rankings.Entry::code)
                .containsExactly("gz.a");
    }

    @Test
    void regions_sumCityAndCountyBodies_andListEveryRegion() {
        List<Rankings.Entry> ranking =
                Rankings.regions(Map.of("gy.x", 5L, "gy.y.x", 6L, "gz.a", 100L, "cn.x", 7L), this.directory);
        assertThat(ranking).extracting(Rankings.Entry::code).containsExactly("520100", "520200", "522700");
        assertThat(ranking).extracting(Rankings.Entry::calls).containsExactly(11L, 0L, 0L);
    }

    @Test
    void summary_classifiesByLevel_andNamesUnknownOrganizations() {
        Summary summary = Summary.of(
                Map.of("cn.x", 10L, "gz.a", 20L, "who", 3L), Map.of("gy.x", 13L, "gy.y.x", 20L), this.directory);
        assertThat(summary.total()).isEqualTo(33);
        assertThat(summary.provided()).containsEntry(Level.NATIONAL, 10L).containsEntry(Level.COUNTY, 0L);
        assertThat(summary.used()).containsEntry(Level.PREFECTURE, 13L).containsEntry(Level.COUNTY, 20L);
        assertThat(summary.unclassified()).containsExactly("who");
    }
}
