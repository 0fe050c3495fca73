package io.govshare.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import org.junit.jupiter.api.Test;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts and the dashboard use only metrics that exist: Quarkus's HTTP server metrics, kube-state-metrics', and
 * GovShare's own as k8s/README.md lists them ("Metrics the services expose"), each registered under its Micrometer name
 * by the service the README names. And they cover what the issue asks for.
 */
class MetricsContractTest {

    /** Not GovShare's own: Quarkus HTTP server metrics, kube-state-metrics (the README's rows give the others). */
    static final Set<String> EXISTING =
            Set.of("http_server_requests_seconds_count", "kube_pod_container_status_restarts_total");

    private static final Pattern METRIC = Pattern.compile("\\b((?:govshare|http_server|kube)_[a-z0-9_]+)\\b");

    private static final Pattern README_ROW = Pattern.compile("(?m)^\\| `(govshare_[a-z0-9_]+)`");

    @Test
    void alertsAndDashboard_useOnlyMetricsThatExistOrAreDefinedInTheReadme() throws IOException {
        Set<String> defined = new TreeSet<>(EXISTING);
        var readme = Files.readString(Renders.K8S.resolve("README.md"));
        var rows = README_ROW.matcher(readme);
        while (rows.find()) defined.add(rows.group(1));
        assertThat(defined).as("metrics defined in k8s/README.md").hasSizeGreaterThan(EXISTING.size() + 8);
        Set<String> used = new TreeSet<>();
        for (String expr : expressions()) {
            var m = METRIC.matcher(expr);
            while (m.find()) used.add(m.group(1));
        }
        List<String> undefined = new ArrayList<>();
        for (String metric : used) {
            String base = metric.replaceAll("_(sum|count|max|bucket)$", "");
            if (!defined.contains(metric) && !defined.contains(base)) undefined.add(metric);
        }
        assertThat(undefined)
                .as("metrics used but neither exposed nor defined in k8s/README.md")
                .isEmpty();
    }

    /** A row of the README's table: the Prometheus name, the Micrometer name, and the "from" column. */
    private static final Pattern EXPOSED_ROW = Pattern.compile(
            "(?m)^\\| `(govshare_[a-z0-9_]+)`[^|]*\\|[^|]*Micrometer `(govshare\\.[a-z0-9.]+)`[^|]*\\|[^|]*\\|([^|]*)\\|");

    private static final List<String> SERVICES =
            List.of("catalog-service", "request-service", "exchange-stats-service", "report-service");

    @Test
    void everyGovShareMetricOfTheReadme_isRegisteredByTheServicesItNames() throws IOException {
        var readme = Files.readString(Renders.K8S.resolve("README.md"));
        assertThat(readme).as("every metric is exposed now").doesNotContain("To be added by the services");
        var rows = EXPOSED_ROW.matcher(readme);
        List<String> missing = new ArrayList<>();
        int count = 0;
        while (rows.find()) {
            count++;
            String prometheus = rows.group(1);
            String micrometer = rows.group(2);
            assertThat(prometheus.replaceAll("_(total|seconds)$", ""))
                    .as("the Prometheus name of " + micrometer)
                    .isEqualTo(micrometer.replace('.', '_'));
            List<String> named =
                    SERVICES.stream().filter(rows.group(3)::contains).toList();
            assertThat(named).as(prometheus + " names its service").isNotEmpty();
            for (String service : named) {
                if (!registers(service, micrometer)) {
                    missing.add(micrometer + " in " + service);
                }
            }
        }
        assertThat(count).as("govshare_* rows with their Micrometer name").isGreaterThanOrEqualTo(9);
        assertThat(missing)
                .as("metrics the README names but the service does not register")
                .isEmpty();
    }

    /** Whether the service's code (or common's, which it uses) has the Micrometer name as a string. */
    private static boolean registers(String service, String micrometer) throws IOException {
        for (String module : List.of(service, "common")) {
            try (var files = Files.walk(Renders.K8S.getParent().resolve(module).resolve("src/main/java"))) {
                for (var file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (Files.readString(file).contains("\"" + micrometer + "\"")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void alerts_coverWhatOpsMustHear() {
        var alerts = Renders.ofKind(Source.HELM_PROD, PrometheusRule.class).stream()
                .flatMap(r -> r.getSpec().getGroups().stream())
                .flatMap(g -> g.getRules().stream())
                .map(r -> r.getAlert() + ": " + r.getExpr().getStrVal())
                .toList();
        assertThat(String.join("\n", alerts))
                .contains("status=~\"5..\"")
                .contains("govshare_exchange_batches_refused_total")
                .contains("govshare_exchange_compaction_backlog")
                .contains("govshare_requests_overdue")
                .contains("govshare_report_checks_failed")
                .contains("kube_pod_container_status_restarts_total")
                .contains("govshare_calendar_year_missing");
    }

    @Test
    void dashboard_isForTheGrafanaSidecar_andShowsTheAskedPanels() {
        var dashboard = Renders.ofKind(Source.HELM_PROD, ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().endsWith("-dashboard"))
                .findFirst()
                .orElseThrow();
        assertThat(dashboard.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        String json = dashboard.getData().get("govshare.json");
        assertThat(json)
                .contains(
                        "govshare_exchange_records_ingested_total",
                        "govshare_exchange_batches_refused_total",
                        "govshare_exchange_compaction_backlog",
                        "status=~\\\"5..\\\"",
                        "govshare_requests_open",
                        "govshare_requests_overdue",
                        "govshare_report_build_seconds")
                .doesNotContain("$SERVICES");
    }

    @Test
    void prodIngress_letsTheGatewaysLargestBatchThrough() throws IOException {
        var props = Files.readString(
                Renders.K8S.getParent().resolve("exchange-stats-service/src/main/resources/application.properties"));
        var limit = Pattern.compile("(?m)^quarkus\\.http\\.limits\\.max-body-size=\\$\\{[A-Z_]+:(\\d+)M}")
                .matcher(props);
        assertThat(limit.find()).as("exchange-stats-service's body limit").isTrue();
        for (Source source : List.of(Source.HELM_PROD, Source.KUSTOMIZE_PROD, Source.KUSTOMIZE_PROD_OPERATORS)) {
            Ingress ingress = Renders.ofKind(source, Ingress.class).get(0);
            String size = ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-body-size");
            assertThat(size).as(source + " body size").matches("\\d+m");
            assertThat(Integer.parseInt(size.replace("m", "")))
                    .as(source + ": proxy-body-size (MiB) >= the service's max-body-size")
                    .isGreaterThanOrEqualTo(Integer.parseInt(limit.group(1)));
            assertThat(ingress.getSpec().getIngressClassName())
                    .as(source + " ingress class")
                    .isEqualTo("nginx");
            assertThat(ingress.getSpec().getTls()).as(source + " TLS").isNotEmpty();
        }
    }

    private static List<String> expressions() {
        List<String> out = new ArrayList<>();
        for (Source source : List.of(Source.HELM_PROD, Source.HELM_PROD_OPERATORS)) {
            Renders.ofKind(source, PrometheusRule.class).stream()
                    .flatMap(r -> r.getSpec().getGroups().stream())
                    .flatMap(g -> g.getRules().stream())
                    .forEach(r -> out.add(r.getExpr().getStrVal()));
            Renders.ofKind(source, ConfigMap.class).stream()
                    .filter(c -> c.getMetadata().getName().endsWith("-dashboard"))
                    .forEach(c -> out.add(c.getData().get("govshare.json")));
        }
        return out;
    }
}
