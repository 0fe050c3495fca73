package io.govshare.common.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UriCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/regions", "/api/v1/resources?q=%E5%B8%82%E5%9C%BA&page=0", "/a?b=c+d&e=%20", "/"})
    void wellFormedUrisPass(String uri) {
        assertThat(HttpGate.UriCheck.problem(uri)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/a%00b",
                "/a?q=%00",
                "/a?q=%",
                "/a?q=%4",
                "/a?q=%zz",
                "/a?q=%ED%A0%80",
                "/a?q=%FF",
                "/a?q=%0A",
                "/a\u0000",
                "/市场"
            })
    void malformedUrisAreRefused(String uri) {
        assertThat(HttpGate.UriCheck.problem(uri)).isPresent();
    }
}
