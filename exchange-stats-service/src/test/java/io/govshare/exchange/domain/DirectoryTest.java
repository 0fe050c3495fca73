package io.govshare.exchange.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryTest {

    @Test
    void findsEveryOneOfManyCodesThatDifferInTheirLastCharacters_andNoOther() {
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            organizations.add(new Organization("br.%05d".formatted(i), "单位" + i, Level.COUNTY, "520100", true));
        }
        Directory directory = Directory.of(organizations, List.of(new Region("520100", "贵阳市")));

        for (int i = 0; i < 6000; i++) {
            String code = "br.%05d".formatted(i);
            assertThat(directory.knows(code)).as(code).isTrue();
            assertThat(directory.nameOf(code)).isEqualTo("单位" + i);
        }
        assertThat(directory.knows("br.06000")).isFalse();
        assertThat(directory.knows("br.0000")).isFalse();
        assertThat(directory.organization(null)).isNull();
        assertThat(directory.nameOf("gz.unknown")).isEqualTo("gz.unknown");
        assertThat(directory.knowsAll(Set.of("br.00000", "br.05999"))).isTrue();
        assertThat(directory.knowsAll(Set.of("br.00000", "br.06000"))).isFalse();
        assertThat(directory.organizations()).hasSize(6000);
    }

    @Test
    void anEmptyDirectoryKnowsNothing_andTheLastOfTwoEntriesForACodeCounts() {
        assertThat(Directory.of(List.of(), List.of()).knows("gz.a")).isFalse();

        Directory twice = Directory.of(
                List.of(
                        new Organization("gz.a", "旧", Level.PROVINCIAL, null, true),
                        new Organization("gz.a", "新", Level.PROVINCIAL, null, true)),
                List.of());
        assertThat(twice.nameOf("gz.a")).isEqualTo("新");
        assertThat(twice.organizations()).hasSize(1);
    }
}
