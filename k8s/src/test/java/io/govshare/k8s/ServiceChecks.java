package io.govshare.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import io.govshare.k8s.Renders.Source;

/** What one GovShare service needs in a render besides the pod rules: its objects, its config, its secrets. */
final class ServiceChecks {

    /** ConfigMap entries every service reads (docs/adr/2026-11-28-identity-and-service-tokens.md). */
    static final List<String> CONFIG_KEYS = List.of(
            "GOVSHARE_DB_HOST",
            "GOVSHARE_DB_PORT",
            "GOVSHARE_DB_NAME",
            "GOVSHARE_OIDC_URL",
            "GOVSHARE_TIME_ZONE",
            "QUARKUS_HTTP_PORT",
            "QUARKUS_PROFILE");

    /** Secret entries every service reads. */
    static final List<String> SECRET_KEYS = List.of("GOVSHARE_DB_USER", "GOVSHARE_DB_PASSWORD");

    /** A service that calls others also gets its own OIDC client (client credentials). */
    static final List<String> CALLER_CONFIG_KEYS = List.of("GOVSHARE_OIDC_CLIENT_ID");

    static final List<String> CALLER_SECRET_KEYS = List.of("GOVSHARE_OIDC_CLIENT_SECRET");

    /** Only report-service prints the province and issuer names. */
    static final List<String> REPORT_CONFIG_KEYS = List.of("GOVSHARE_REPORT_PROVINCE", "GOVSHARE_REPORT_ISSUER");

    static List<String> configKeys(String service) {
        List<String> keys = new ArrayList<>(CONFIG_KEYS);
        if (!Services.CALLS.get(service).isEmpty()) {
            keys.addAll(CALLER_CONFIG_KEYS);
        }
        if (service.equals("report-service")) {
            keys.addAll(REPORT_CONFIG_KEYS);
        }
        return keys;
    }

    static List<String> secretKeys(String service) {
        List<String> keys = new ArrayList<>(SECRET_KEYS);
        if (!Services.CALLS.get(service).isEmpty()) {
            keys.addAll(CALLER_SECRET_KEYS);
        }
        return keys;
    }

    /** The env var that carries each service's URL to its callers. */
    static final Map<String, String> URL_ENV = Map.of(
            "catalog-service", "GOVSHARE_CATALOG_URL",
            "request-service", "GOVSHARE_REQUESTS_URL",
            "exchange-stats-service", "GOVSHARE_EXCHANGE_URL",
            "report-service", "GOVSHARE_REPORT_URL");

    static final Map<String, String> DATABASES = Map.of(
            "catalog-service", "catalog",
            "request-service", "requests",
            "exchange-stats-service", "exchange",
            "report-service", "reports");

    private ServiceChecks() {}

    /** The Deployment of a service (by its app.kubernetes.io/name label). */
    static Deployment deployment(Source source, String service) {
        return Renders.ofKind(source, Deployment.class).stream()
                .filter(d -> service.equals(d.getMetadata().getLabels().get("app.kubernetes.io/name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(source + ": no Deployment of " + service));
    }

    static List<String> check(Source source, String service) {
        List<String> problems = new ArrayList<>();
        Deployment d = deployment(source, service);
        String name = d.getMetadata().getName();
        var selector = d.getSpec().getSelector().getMatchLabels();
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        problems.addAll(WorkloadRules.serviceProbes(name, c));

        var strategy = d.getSpec().getStrategy();
        if (strategy == null || !"RollingUpdate".equals(strategy.getType())) {
            problems.add(name + ": strategy is not RollingUpdate");
        }
        boolean hpa = Renders.ofKind(source, HorizontalPodAutoscaler.class).stream()
                .anyMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(name)
                        && "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                        && h.getSpec().getMinReplicas() >= 1
                        && h.getSpec().getMaxReplicas() >= h.getSpec().getMinReplicas());
        if (hpa == (d.getSpec().getReplicas() != null)) {
            problems.add(name + ": needs either an HPA or fixed replicas, not " + (hpa ? "both" : "neither"));
        }
        if (Renders.ofKind(source, PodDisruptionBudget.class).stream()
                .noneMatch(p -> selector.equals(p.getSpec().getSelector().getMatchLabels()))) {
            problems.add(name + ": no PodDisruptionBudget");
        }
        if (Renders.ofKind(source, NetworkPolicy.class).stream()
                .noneMatch(p -> NetworkGraph.selects(p.getSpec().getPodSelector(), selector)
                        && !p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                        && p.getSpec().getPodSelector().getMatchLabels().containsKey("app.kubernetes.io/name"))) {
            problems.add(name + ": no NetworkPolicy of its own");
        }
        if (Renders.ofKind(source, Service.class).stream()
                .noneMatch(s -> selector.equals(s.getSpec().getSelector())
                        && s.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == 8080))) {
            problems.add(name + ": no Service on port 8080");
        }
        String account = d.getSpec().getTemplate().getSpec().getServiceAccountName();
        if (Renders.ofKind(source, ServiceAccount.class).stream()
                .noneMatch(a -> a.getMetadata().getName().equals(account))) {
            problems.add(name + ": ServiceAccount " + account + " missing");
        }
        problems.addAll(config(source, service, c));
        problems.addAll(secret(source, service, c));
        return problems;
    }

    private static List<String> config(Source source, String service, Container c) {
        List<String> problems = new ArrayList<>();
        var ref = c.getEnvFrom().stream()
                .map(EnvFromSource::getConfigMapRef)
                .filter(r -> r != null)
                .findFirst();
        if (ref.isEmpty()) {
            return List.of(service + ": no envFrom ConfigMap");
        }
        var config = Renders.ofKind(source, ConfigMap.class).stream()
                .filter(m -> m.getMetadata().getName().equals(ref.get().getName()))
                .findFirst();
        if (config.isEmpty()) {
            return List.of(service + ": ConfigMap " + ref.get().getName() + " is not in the render");
        }
        Map<String, String> data = config.get().getData();
        for (String key : configKeys(service)) {
            if (Optional.ofNullable(data.get(key)).orElse("").isBlank())
                problems.add(service + ": ConfigMap lacks " + key);
        }
        if (!DATABASES.get(service).equals(data.get("GOVSHARE_DB_NAME"))) {
            problems.add(
                    service + ": database " + data.get("GOVSHARE_DB_NAME") + ", expected " + DATABASES.get(service));
        }
        boolean caller = !Services.CALLS.get(service).isEmpty();
        if (caller
                ? !service.equals(data.get("GOVSHARE_OIDC_CLIENT_ID"))
                : data.containsKey("GOVSHARE_OIDC_CLIENT_ID")) {
            problems.add(service + ": OIDC client " + data.get("GOVSHARE_OIDC_CLIENT_ID"));
        }
        if (!"8080".equals(data.get("QUARKUS_HTTP_PORT"))) problems.add(service + ": HTTP port is not 8080");
        if (!"Asia/Shanghai".equals(data.get("GOVSHARE_TIME_ZONE")))
            problems.add(service + ": time zone " + data.get("GOVSHARE_TIME_ZONE"));
        for (String callee : Services.NAMES) {
            String url = data.get(URL_ENV.get(callee));
            boolean calls = Services.CALLS.get(service).contains(callee);
            if (calls) {
                String host = deployment(source, callee).getMetadata().getName();
                if (!("http://" + host + ":8080").equals(url)) {
                    problems.add(service + ": " + URL_ENV.get(callee) + " is " + url + ", expected http://" + host
                            + ":8080");
                }
            } else if (url != null) {
                problems.add(service + ": has " + URL_ENV.get(callee) + " but does not call " + callee);
            }
        }
        if (service.equals("report-service") && !"/deployments/fonts".equals(data.get("GOVSHARE_REPORT_FONTS_DIR"))) {
            problems.add(service
                    + ": GOVSHARE_REPORT_FONTS_DIR is not /deployments/fonts (where the image keeps the fonts)");
        }
        return problems;
    }

    private static List<String> secret(Source source, String service, Container c) {
        var ref = c.getEnvFrom().stream()
                .map(EnvFromSource::getSecretRef)
                .filter(r -> r != null)
                .findFirst();
        if (ref.isEmpty()) {
            return List.of(service + ": no envFrom Secret");
        }
        var secret = Renders.ofKind(source, Secret.class).stream()
                .filter(s -> s.getMetadata().getName().equals(ref.get().getName()))
                .findFirst();
        if (secret.isEmpty()) {
            // created by ops (existingSecret): the name is what the README tells them
            boolean documented = ref.get().getName().equals("govshare-" + service)
                    || ref.get().getName().equals("govshare-" + service + "-credentials");
            return documented
                    ? List.of()
                    : List.of(service + ": Secret " + ref.get().getName() + " is neither rendered nor documented");
        }
        List<String> problems = new ArrayList<>();
        Secret s = secret.get();
        for (String key : secretKeys(service)) {
            boolean present =
                    Optional.ofNullable(s.getStringData()).orElse(Map.of()).containsKey(key)
                            || Optional.ofNullable(s.getData()).orElse(Map.of()).containsKey(key);
            if (!present) problems.add(service + ": Secret " + s.getMetadata().getName() + " lacks " + key);
        }
        return problems;
    }
}
