package io.govshare.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every render of the chart and of the Kustomize overlays: schema, pod rules, per-service objects, network edges. */
class RenderedManifestsTest {

    /** The calls of docs/architecture.md §2 as edges "caller -> callee". */
    static final Set<String> DESIGN_EDGES = expectedEdges();

    /** Each service's measured memory (k8s/measure/memory-figures.tsv, k8s/README.md "Memory"). */
    static final Map<String, MeasuredMemory> MEASURED = MeasuredMemory.all();

    /** How far a memory request lies above the measured peak RSS, and the limit above heap plus non-heap. */
    static final double HEADROOM = 1.10;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void everyObject_fitsTheKubernetesSchema_withoutUnknownFields(Source source) {
        var objects = Renders.objects(source);
        assertThat(objects).isNotEmpty();
        for (var object : objects) {
            if (KubeSchema.isOperatorResource(object)) {
                assertThat(source.isOperators())
                        .as(source + ": an operator resource " + object.get("kind") + " outside the operators' render")
                        .isTrue();
                continue;
            }
            assertThatCode(() -> KubeSchema.parse(object))
                    .as(source + ": " + object.get("kind"))
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void everyWorkload_hasProbesLimitsLabelsAndAHardenedSecurityContext(Source source) {
        List<String> problems = new ArrayList<>();
        for (Deployment d : Renders.ofKind(source, Deployment.class)) {
            problems.addAll(WorkloadRules.check(
                    d, d.getSpec().getTemplate(), d.getSpec().getSelector().getMatchLabels()));
        }
        for (StatefulSet s : Renders.ofKind(source, StatefulSet.class)) {
            problems.addAll(WorkloadRules.check(
                    s, s.getSpec().getTemplate(), s.getSpec().getSelector().getMatchLabels()));
        }
        assertThat(problems).as(source.label).isEmpty();
        assertThat(Renders.ofKind(source, Deployment.class))
                .as("Deployments in " + source)
                .as("the four services and the console (and the trial Keycloak)")
                .hasSize(source.isTrial() && Renders.hasKeycloak(source) ? 6 : 5);
        assertThat(Renders.ofKind(source, StatefulSet.class))
                .as("StatefulSets in " + source)
                .hasSize(source.isTrial() ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void everyService_isDeployedWithItsObjectsConfigAndSecretReferences(Source source) {
        List<String> problems = new ArrayList<>();
        for (String service : Services.NAMES) {
            problems.addAll(ServiceChecks.check(source, service));
        }
        assertThat(problems).as(source.label).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void networkPolicies_allowExactlyTheCallsOfDesign1(Source source) {
        var policies = Renders.ofKind(source, NetworkPolicy.class);
        var graph = new NetworkGraph(policies, "govshare");
        Map<String, Map<String, String>> pods = new TreeMap<>();
        for (String service : Services.NAMES) {
            pods.put(
                    service,
                    ServiceChecks.deployment(source, service)
                            .getSpec()
                            .getTemplate()
                            .getMetadata()
                            .getLabels());
        }
        assertThat(graph.edges(pods, 8080))
                .as("service -> service edges in " + source)
                .isEqualTo(DESIGN_EDGES);
        for (var entry : pods.entrySet()) {
            assertThat(graph.isolated(entry.getValue(), "Ingress"))
                    .as(entry.getKey() + " ingress isolated")
                    .isTrue();
            assertThat(graph.isolated(entry.getValue(), "Egress"))
                    .as(entry.getKey() + " egress isolated")
                    .isTrue();
        }
        // the default deny selects every pod of the release, trial PostgreSQL and Keycloak included
        var deny = policies.stream()
                .filter(p -> p.getMetadata().getName().endsWith("-default-deny"))
                .findFirst();
        assertThat(deny).as("default-deny policy").isPresent();
        assertThat(deny.get().getSpec().getIngress()).isEmpty();
        assertThat(deny.get().getSpec().getEgress()).isEmpty();
        for (Deployment d : Renders.ofKind(source, Deployment.class)) {
            assertThat(NetworkGraph.selects(
                            deny.get().getSpec().getPodSelector(),
                            d.getSpec().getTemplate().getMetadata().getLabels()))
                    .as("default deny selects " + d.getMetadata().getName())
                    .isTrue();
        }
        // from outside the release: only through the ingress controller (or the portal, in prod)
        var outsider = Map.of("app.kubernetes.io/name", "something-else");
        var inNamespace = new NetworkGraph(policies, "govshare");
        for (var entry : pods.entrySet()) {
            assertThat(inNamespace.allowed(outsider, entry.getValue(), 8080))
                    .as("an unrelated pod of the namespace reaches " + entry.getKey())
                    .isFalse();
            var fromIngressController = new NetworkGraph(policies, "ingress-nginx");
            assertThat(fromIngressController.allowed(
                            Map.of("app.kubernetes.io/name", "ingress-nginx"), entry.getValue(), 8080))
                    .as("the ingress controller reaches " + entry.getKey())
                    .isTrue();
        }
        problemsOfEgress(source, policies);
    }

    /** DNS, PostgreSQL and the OIDC issuer are reachable on their ports; production narrows them. */
    private static void problemsOfEgress(Source source, List<NetworkPolicy> policies) {
        for (String service : Services.NAMES) {
            var policy = policies.stream()
                    .filter(p -> p.getMetadata().getName().endsWith("-" + service))
                    .findFirst();
            assertThat(policy).as("NetworkPolicy of " + service).isPresent();
            var egress = policy.get().getSpec().getEgress();
            var ports = egress.stream()
                    .flatMap(rule -> rule.getPorts().stream())
                    .map(p -> p.getPort().getIntVal())
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(ports).as("egress ports of " + service).contains(53, 5432);
            var cidrs = cidrs(egress, null);
            if (source.isProd()) {
                assertThat(cidrs)
                        .as("prod egress of " + service)
                        .doesNotContain("0.0.0.0/0")
                        .isNotEmpty();
                assertThat(ports).as("prod egress ports of " + service).contains(443);
            }
            if (source.isTrial()) {
                assertThat(cidrs(egress, 5432))
                        .as("trial: PostgreSQL is the in-namespace one")
                        .isEmpty();
                if (Renders.hasKeycloak(source)) {
                    assertThat(cidrs)
                            .as("trial egress stays inside the namespace")
                            .isEmpty();
                }
            }
        }
    }

    /** The ipBlock CIDRs of the egress rules (of the rules on one port, when given). */
    private static List<String> cidrs(
            List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule> egress, Integer port) {
        return egress.stream()
                .filter(rule -> port == null
                        || rule.getPorts().stream()
                                .anyMatch(p -> port.equals(p.getPort().getIntVal())))
                .flatMap(rule -> rule.getTo().stream())
                .filter(peer -> peer.getIpBlock() != null)
                .map(peer -> peer.getIpBlock().getCidr())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void secrets_holdNoRealValues(Source source) {
        var secrets = Renders.ofKind(source, Secret.class);
        for (Secret secret : secrets) {
            Map<String, String> values =
                    new TreeMap<>(Optional.ofNullable(secret.getStringData()).orElse(Map.of()));
            Optional.ofNullable(secret.getData())
                    .orElse(Map.of())
                    .forEach((k, v) -> values.put(
                            k,
                            new String(
                                    java.util.Base64.getDecoder().decode(v), java.nio.charset.StandardCharsets.UTF_8)));
            for (var value : values.entrySet()) {
                String where = source + ": Secret " + secret.getMetadata().getName() + " " + value.getKey();
                if (source.isTrial()) {
                    // the committed demo credentials of the local stack (ADR identity-and-service-tokens)
                    assertThat(value.getValue())
                            .as(where)
                            .matches("CHANGE-ME|postgres|admin|[a-z-]+-service-secret"
                                    + "|console-demo-session-secret-not-for-production");
                } else {
                    assertThat(value.getValue()).as(where).isEqualTo("CHANGE-ME");
                }
            }
        }
        if (source.isProd() || source == Source.KUSTOMIZE_BASE) {
            assertThat(secrets)
                    .as(source + ": credentials come from Secrets ops create")
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void metrics_areScrapedByAnnotationsOrAServiceMonitor(Source source) {
        var monitors = Renders.ofKind(source, ServiceMonitor.class);
        for (String service : Services.NAMES) {
            var pod = ServiceChecks.deployment(source, service)
                    .getSpec()
                    .getTemplate()
                    .getMetadata();
            boolean annotated = "true"
                    .equals(Optional.ofNullable(pod.getAnnotations())
                            .orElse(Map.of())
                            .get("prometheus.io/scrape"));
            boolean monitored = monitors.stream()
                    .anyMatch(m -> m.getSpec().getEndpoints().stream()
                                    .anyMatch(e -> "/q/metrics".equals(e.getPath()) && "http".equals(e.getPort()))
                            && NetworkGraph.selects(
                                    m.getSpec().getSelector(),
                                    ServiceChecks.deployment(source, service)
                                            .getSpec()
                                            .getSelector()
                                            .getMatchLabels()));
            assertThat(annotated || monitored)
                    .as(source + ": " + service + " is scraped")
                    .isTrue();
            if (annotated) {
                assertThat(pod.getAnnotations())
                        .containsEntry("prometheus.io/path", "/q/metrics")
                        .containsEntry("prometheus.io/port", "8080");
            }
        }
    }

    @Test
    void memoryFigures_coverEveryService_measuredWithoutFailures() {
        assertThat(MEASURED.keySet()).containsExactlyInAnyOrderElementsOf(Services.NAMES);
        MEASURED.values().forEach(m -> {
            assertThat(m.failed()).as(m.service() + " failed requests").isZero();
            assertThat(m.requests()).as(m.service() + " requests of the load").isPositive();
            assertThat(m.peakMib()).as(m.service() + " peak RSS").isPositive();
            assertThat(m.nonHeapMib()).as(m.service() + " non-heap").isPositive();
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void memoryRequests_coverEachServicesMeasuredPeak_withHeadroom(Source source) {
        for (String service : Services.NAMES) {
            Container c = container(source, service);
            MeasuredMemory measured = MEASURED.get(service);
            assertThat(mib(c.getResources().getRequests().get("memory")))
                    .as(source + ": " + service + " memory request (MiB), measured peak " + measured.peakMib()
                            + " MiB on " + measured.date())
                    .isGreaterThanOrEqualTo(Math.round(measured.peakMib() * HEADROOM));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void memoryLimits_areTheMeasuredOnes_andHoldTheHeapAndTheMeasuredNonHeap(Source source) {
        for (String service : Services.NAMES) {
            Container c = container(source, service);
            MeasuredMemory measured = MEASURED.get(service);
            long limit = mib(c.getResources().getLimits().get("memory"));
            // the figures hold for the heap the JVM sizes from this limit: re-measure when it changes
            assertThat(limit)
                    .as(source + ": " + service + " memory limit (MiB) = the limit it was measured with")
                    .isEqualTo(measured.containerMib());
            long ratio = c.getEnv().stream()
                    .filter(e -> e.getName().equals("JAVA_MAX_MEM_RATIO"))
                    .map(e -> Long.parseLong(e.getValue()))
                    .findFirst()
                    .orElseThrow();
            long heap = limit * ratio / 100;
            assertThat(heap)
                    .as(service + ": heap of the chart's JAVA_MAX_MEM_RATIO = heap measured")
                    .isBetween(measured.maxHeapMib() - 1, measured.maxHeapMib() + 1);
            assertThat(heap + Math.round(measured.nonHeapMib() * HEADROOM))
                    .as(source + ": " + service + " max heap " + heap + " MiB + non-heap " + measured.nonHeapMib()
                            + " MiB with headroom, within the limit (MiB)")
                    .isLessThanOrEqualTo(limit);
        }
    }

    private static Container container(Source source, String service) {
        return ServiceChecks.deployment(source, service)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
    }

    private static long mib(Quantity quantity) {
        return quantity.getNumericalAmount().longValue() / (1024 * 1024);
    }

    private static Set<String> expectedEdges() {
        Set<String> edges = new TreeSet<>();
        Services.CALLS.forEach((caller, callees) -> callees.forEach(callee -> edges.add(caller + " -> " + callee)));
        return edges;
    }
}
