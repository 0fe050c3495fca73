package io.govshare.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every environment entry the chart gives a service (ConfigMap and Secret) is one the service reads in its
 * application.properties: a renamed variable would otherwise be set in the cluster and silently ignored.
 */
class ConfigContractTest {

    static List<String> services() {
        return Services.WORKLOADS;
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyEntryTheChartSetsIsReadByTheService(String service) throws IOException {
        String properties = Files.readString(
                Renders.K8S.getParent().resolve(service + "/src/main/resources/application.properties"));
        List<String> keys = Stream.concat(
                        entries(ConfigMap.class, service, ConfigMap::getData),
                        entries(Secret.class, service, Secret::getStringData))
                .filter(key -> !key.startsWith("QUARKUS_")) // Quarkus reads these itself
                .toList();
        assertThat(keys).isNotEmpty();
        assertThat(keys)
                .as(service + " reads every variable the chart sets (${NAME} in application.properties)")
                .allMatch(key -> properties.contains("${" + key + ":") || properties.contains("${" + key + "}"));
    }

    private static <T extends io.fabric8.kubernetes.api.model.HasMetadata> Stream<String> entries(
            Class<T> kind, String service, java.util.function.Function<T, Map<String, String>> data) {
        return Stream.of(Source.HELM_DEFAULT, Source.HELM_PROD, Source.HELM_PROD_OPERATORS)
                .flatMap(source -> Renders.ofKind(source, kind).stream())
                .filter(o -> o.getMetadata().getName().endsWith("-" + service))
                .map(data)
                .filter(java.util.Objects::nonNull)
                .flatMap(map -> map.keySet().stream())
                .distinct();
    }
}
