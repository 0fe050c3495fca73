package io.govshare.k8s;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console (docs/console.md) in every render, hardened like the services: its objects, probes and
 * configuration, no database, NetworkPolicy edges to exactly the four services and the OIDC issuer, and the
 * Ingress path "/".
 */
class ConsoleChartTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void theConsoleIsDeployedWithItsObjectsAndProbes(Source source) {
        Deployment d = ServiceChecks.deployment(source, Services.CONSOLE);
        var selector = d.getSpec().getSelector().getMatchLabels();
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);

        assertThat(WorkloadRules.check(d, d.getSpec().getTemplate(), selector)).isEmpty();
        assertThat(WorkloadRules.serviceProbes(d.getMetadata().getName(), c)).isEmpty();
        assertThat(c.getImage()).contains("govshare/console:");
        assertThat(Renders.ofKind(source, Service.class))
                .anyMatch(s -> selector.equals(s.getSpec().getSelector())
                        && s.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == 8080));
        assertThat(Renders.ofKind(source, HorizontalPodAutoscaler.class))
                .anyMatch(h -> h.getSpec()
                        .getScaleTargetRef()
                        .getName()
                        .equals(d.getMetadata().getName()));
        assertThat(Renders.ofKind(source, PodDisruptionBudget.class))
                .anyMatch(p -> selector.equals(p.getSpec().getSelector().getMatchLabels()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void theConsoleCallsTheFourServicesAndTheIssuerAndHasNoDatabase(Source source) {
        Container c = ServiceChecks.deployment(source, Services.CONSOLE)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
        String configName = c.getEnvFrom().stream()
                .map(EnvFromSource::getConfigMapRef)
                .filter(r -> r != null)
                .findFirst()
                .orElseThrow()
                .getName();
        Map<String, String> data = Renders.ofKind(source, ConfigMap.class).stream()
                .filter(m -> m.getMetadata().getName().equals(configName))
                .findFirst()
                .orElseThrow()
                .getData();

        for (String service : Services.NAMES) {
            String host =
                    ServiceChecks.deployment(source, service).getMetadata().getName();
            assertThat(data).containsEntry(ServiceChecks.URL_ENV.get(service), "http://" + host + ":8080");
        }
        assertThat(data.get("GOVSHARE_OIDC_URL")).startsWith("http");
        assertThat(data)
                .containsEntry("QUARKUS_HTTP_PORT", "8080")
                .containsEntry("GOVSHARE_CONSOLE_BEHIND_PROXY", "true");
        assertThat(data.keySet())
                .noneMatch(k -> k.startsWith("GOVSHARE_DB_"))
                .doesNotContain("GOVSHARE_OIDC_CLIENT_SECRET");
        if (source.isProd()) {
            assertThat(data).containsEntry("GOVSHARE_CONSOLE_SECURE_COOKIES", "true");
        }

        String secretName = c.getEnvFrom().stream()
                .map(EnvFromSource::getSecretRef)
                .filter(r -> r != null)
                .findFirst()
                .orElseThrow()
                .getName();
        Optional<Secret> secret = Renders.ofKind(source, Secret.class).stream()
                .filter(s -> s.getMetadata().getName().equals(secretName))
                .findFirst();
        if (secret.isPresent()) {
            var keys = new java.util.TreeSet<String>();
            keys.addAll(Optional.ofNullable(secret.get().getStringData())
                    .orElse(Map.of())
                    .keySet());
            keys.addAll(
                    Optional.ofNullable(secret.get().getData()).orElse(Map.of()).keySet());
            assertThat(keys).containsExactly("GOVSHARE_CONSOLE_SESSION_SECRET");
        } else {
            assertThat(secretName).isIn("govshare-console", "govshare-console-credentials");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void networkPoliciesLetTheConsoleReachExactlyTheServicesAndTheIssuer(Source source) {
        List<NetworkPolicy> policies = Renders.ofKind(source, NetworkPolicy.class);
        var graph = new NetworkGraph(policies, "govshare");
        Map<String, String> console = pod(source, Services.CONSOLE);

        for (String service : Services.NAMES) {
            assertThat(graph.allowed(console, pod(source, service), 8080))
                    .as("console -> " + service)
                    .isTrue();
            assertThat(graph.allowed(pod(source, service), console, 8080))
                    .as(service + " -> console")
                    .isFalse();
        }
        assertThat(graph.isolated(console, "Ingress")).isTrue();
        assertThat(graph.isolated(console, "Egress")).isTrue();
        assertThat(graph.allowed(Map.of("app.kubernetes.io/name", "something-else"), console, 8080))
                .as("an unrelated pod of the namespace reaches the console")
                .isFalse();
        assertThat(new NetworkGraph(policies, "ingress-nginx")
                        .allowed(Map.of("app.kubernetes.io/name", "ingress-nginx"), console, 8080))
                .as("the ingress controller reaches the console")
                .isTrue();

        NetworkPolicy own = policies.stream()
                .filter(p -> p.getMetadata().getName().endsWith("-console"))
                .findFirst()
                .orElseThrow();
        var ports = own.getSpec().getEgress().stream()
                .flatMap(rule -> rule.getPorts().stream())
                .map(p -> p.getPort().getIntVal())
                .collect(Collectors.toSet());
        assertThat(ports)
                .as("DNS, the issuer and the services; no database")
                .contains(53, 8080)
                .doesNotContain(5432);
        if (source.isProd()) {
            assertThat(ports).contains(443);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void theIngressServesTheConsoleAtTheRootAndTheApisAtTheirPaths(Source source) {
        List<Ingress> ingresses = Renders.ofKind(source, Ingress.class);
        if (ingresses.isEmpty()) {
            return;
        }
        String console =
                ServiceChecks.deployment(source, Services.CONSOLE).getMetadata().getName();
        var paths = ingresses.get(0).getSpec().getRules().get(0).getHttp().getPaths();
        assertThat(paths)
                .anyMatch(p -> "/".equals(p.getPath())
                        && "Prefix".equals(p.getPathType())
                        && console.equals(p.getBackend().getService().getName()));
        assertThat(paths)
                .anyMatch(p -> "/api/v1/share-requests".equals(p.getPath())
                        && !console.equals(p.getBackend().getService().getName()));
    }

    private static Map<String, String> pod(Source source, String name) {
        return ServiceChecks.deployment(source, name)
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getLabels();
    }
}
