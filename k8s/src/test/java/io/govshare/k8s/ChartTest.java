package io.govshare.k8s;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chart itself: strict lint, and the guards that refuse a values file that cannot work. */
class ChartTest {

    private final HelmRenderer helm = new HelmRenderer(Renders.CHART);

    @Test
    void lintStrict_passesWithTheDefaultValues() {
        var result = this.helm.lintStrict();
        assertThat(result.isFailed())
                .as(String.join("\n", result.getMessages()))
                .isFalse();
    }

    @Test
    void template_refusesACallToAServiceThatDoesNotExist() {
        assertThatThrownBy(() -> this.helm.template(
                        List.of(), HelmRenderer.sets("services.report-service.calls[0]", "billing-service")))
                .hasMessageContaining("unknown service billing-service");
    }

    @Test
    void template_refusesTheTrialDatabaseWithoutAPassword() {
        assertThatThrownBy(() -> this.helm.template(List.of(), HelmRenderer.sets("postgresql.enabled", true)))
                .hasMessageContaining("postgresql.password is required");
    }

    @Test
    void template_refusesTheTrialDatabaseTogetherWithCloudNativePg_andCnpgWithoutABucket() {
        assertThatThrownBy(
                        () -> this.helm.template(List.of("values-trial.yaml"), HelmRenderer.sets("cnpg.enabled", true)))
                .hasMessageContaining("exclude each other");
        assertThatThrownBy(() -> this.helm.template(List.of(), HelmRenderer.sets("cnpg.enabled", true)))
                .hasMessageContaining("cnpg.backup.destinationPath");
    }

    @Test
    void template_rendersTheIngressWithOnlyTheApiPaths() {
        var ingress = this.helm.template(List.of("values-prod.yaml"), HelmRenderer.sets()).stream()
                .filter(m -> m.kind().equals("Ingress"))
                .findFirst()
                .orElseThrow();
        assertThat(ingress.yaml())
                .contains("path: /api/v1/share-requests", "path: /api/v1/reports", "secretName: govshare-tls");
        assertThat(ingress.yaml()).doesNotContain("path: /q");
    }

    @Test
    void existingSecret_replacesTheChartsSecret() {
        var manifests = this.helm.template(
                List.of(), HelmRenderer.sets("services.catalog-service.secret.existingSecret", "catalog-credentials"));
        assertThat(manifests).noneMatch(m -> m.id().equals("Secret/govshare-catalog-service"));
        assertThat(manifests)
                .anyMatch(m -> m.kind().equals("Deployment") && m.yaml().contains("name: catalog-credentials"));
    }
}
