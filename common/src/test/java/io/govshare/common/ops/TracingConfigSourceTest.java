package io.govshare.common.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TracingConfigSourceTest {

    @Test
    void withoutAnEndpointTracingIsOff() {
        assertThat(new TracingConfigSource(null).getValue(TracingConfigSource.DISABLED))
                .isEqualTo("true");
        assertThat(new TracingConfigSource(" ").getValue(TracingConfigSource.ENDPOINT))
                .isNull();
    }

    @Test
    void anEndpointTurnsItOnOverOtlpHttp() {
        var source = new TracingConfigSource("http://collector:4318 ");
        assertThat(source.getValue(TracingConfigSource.DISABLED)).isEqualTo("false");
        assertThat(source.getValue(TracingConfigSource.ENDPOINT)).isEqualTo("http://collector:4318");
        assertThat(source.getValue(TracingConfigSource.PROTOCOL)).isEqualTo("http/protobuf");
    }
}
