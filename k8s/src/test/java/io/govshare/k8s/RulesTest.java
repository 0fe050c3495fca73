package io.govshare.k8s;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import org.junit.jupiter.api.Test;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks themselves catch what they are for: a missing probe, an unknown field, an extra network edge. */
class RulesTest {

    @Test
    void workloadRules_reportAMissingProbeAndAWritableRoot() {
        Deployment d = ServiceChecks.deployment(Source.HELM_DEFAULT, "catalog-service");
        var broken = new io.fabric8.kubernetes.api.model.apps.DeploymentBuilder(d)
                .editSpec()
                .editTemplate()
                .editSpec()
                .editFirstContainer()
                .withReadinessProbe(null)
                .editSecurityContext()
                .withReadOnlyRootFilesystem(false)
                .endSecurityContext()
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
        var c = broken.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(WorkloadRules.check(
                        broken,
                        broken.getSpec().getTemplate(),
                        broken.getSpec().getSelector().getMatchLabels()))
                .anyMatch(p -> p.contains("no readinessProbe"))
                .anyMatch(p -> p.contains("readOnlyRootFilesystem is not true"));
        assertThat(WorkloadRules.serviceProbes("catalog", c)).anyMatch(p -> p.contains("readinessProbe: missing"));
    }

    @Test
    void schema_rejectsAnUnknownFieldDeepInAnObject_andAWrongType() {
        var yaml = Renders.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          livenessProbes: {httpGet: {path: /q/health/live, port: http}}
                """).get(0);
        assertThatThrownBy(() -> KubeSchema.parse(yaml)).hasMessageContaining("livenessProbes");
        var wrongType = new TreeMap<>(yaml);
        wrongType.put("spec", Map.of("replicas", "two"));
        assertThatThrownBy(() -> KubeSchema.parse(wrongType)).hasMessageContaining("does not fit the schema");
        assertThatThrownBy(() -> KubeSchema.parse(Map.of("apiVersion", "apps/v1beta1", "kind", "Deployment")))
                .hasMessageContaining("no schema for apps/v1beta1/Deployment");
    }

    @Test
    void networkGraph_seesAnEdgeThatAnExtraPolicyOpens() {
        var policies = new java.util.ArrayList<>(Renders.ofKind(Source.HELM_DEFAULT, NetworkPolicy.class));
        var catalog = Map.of("app.kubernetes.io/name", "catalog-service", "app.kubernetes.io/instance", "govshare");
        var report = Map.of("app.kubernetes.io/name", "report-service", "app.kubernetes.io/instance", "govshare");
        var graph = new NetworkGraph(policies, "govshare");
        assertThat(graph.allowed(catalog, report, 8080))
                .as("catalog calls nobody")
                .isFalse();
        assertThat(graph.allowed(report, catalog, 8080))
                .as("report calls catalog")
                .isTrue();
        // the OIDC egress (0.0.0.0/0 on 8080) already lets catalog out; one ingress rule on report opens the edge
        policies.add(new NetworkPolicyBuilder()
                .withNewMetadata()
                .withName("extra")
                .endMetadata()
                .withNewSpec()
                .withPodSelector(new LabelSelector(List.of(), report))
                .withPolicyTypes("Ingress")
                .addNewIngress()
                .addNewFrom()
                .withPodSelector(new LabelSelector(List.of(), catalog))
                .endFrom()
                .addNewPort()
                .withPort(new IntOrString(8080))
                .endPort()
                .endIngress()
                .endSpec()
                .build());
        assertThat(new NetworkGraph(policies, "govshare").allowed(catalog, report, 8080))
                .isTrue();
    }
}
