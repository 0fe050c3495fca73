package io.govshare.common.ops;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tracing is on exactly when an OTLP endpoint is configured ({@code GOVSHARE_OTLP_ENDPOINT}, e.g.
 * {@code http://otel-collector:4318}): then spans go there over OTLP/HTTP; without one the OpenTelemetry SDK is off and
 * costs nothing. A lower ordinal than application.properties and the environment, so that either may still set the
 * {@code quarkus.otel.*} properties themselves.
 */
public class TracingConfigSource implements ConfigSource {

    static final String ENDPOINT_VARIABLE = "GOVSHARE_OTLP_ENDPOINT";
    static final String DISABLED = "quarkus.otel.sdk.disabled";
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    static final String PROTOCOL = "quarkus.otel.exporter.otlp.traces.protocol";

    private final Map<String, String> properties;

    public TracingConfigSource() {
        this(System.getenv(ENDPOINT_VARIABLE));
    }

    TracingConfigSource(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            this.properties = Map.of(DISABLED, "true");
        } else {
            this.properties = Map.of(DISABLED, "false", ENDPOINT, endpoint.trim(), PROTOCOL, "http/protobuf");
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return this.properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return this.properties.keySet();
    }

    @Override
    public String getValue(String name) {
        return this.properties.get(name);
    }

    @Override
    public String getName() {
        return "govshare-tracing";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
