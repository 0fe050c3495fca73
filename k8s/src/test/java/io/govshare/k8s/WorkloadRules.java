package io.govshare.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;

/**
 * What every pod GovShare runs must have (issue 7): labels, probes, requests and limits, the
 * hardened security context with a writable /tmp, no service-account token. Returns violations as
 * sentences, so a failing test says what is missing where.
 */
final class WorkloadRules {

    static final List<String> REQUIRED_LABELS = List.of(
            "app.kubernetes.io/name",
            "app.kubernetes.io/instance",
            "app.kubernetes.io/part-of",
            "app.kubernetes.io/component",
            "app.kubernetes.io/version",
            "app.kubernetes.io/managed-by");

    private WorkloadRules() {}

    /** Violations of the pod rules by a workload (Deployment or StatefulSet) and its pod template. */
    static List<String> check(HasMetadata workload, PodTemplateSpec template, Map<String, String> selector) {
        String where = workload.getKind() + " " + workload.getMetadata().getName();
        List<String> problems = new ArrayList<>();
        var labels = Optional.ofNullable(workload.getMetadata().getLabels()).orElse(Map.of());
        var podLabels = Optional.ofNullable(template.getMetadata().getLabels()).orElse(Map.of());
        for (String label : REQUIRED_LABELS) {
            if (!labels.containsKey(label)) problems.add(where + ": label " + label + " missing");
            if (!podLabels.containsKey(label)) problems.add(where + ": pod label " + label + " missing");
        }
        if (!"govshare".equals(labels.get("app.kubernetes.io/part-of"))) {
            problems.add(where + ": app.kubernetes.io/part-of is not govshare");
        }
        selector.forEach((k, v) -> {
            if (!v.equals(podLabels.get(k)))
                problems.add(where + ": selector " + k + "=" + v + " does not match its pods");
        });
        var spec = template.getSpec();
        if (!Boolean.FALSE.equals(spec.getAutomountServiceAccountToken())) {
            problems.add(where + ": automountServiceAccountToken is not false");
        }
        PodSecurityContext pod = Optional.ofNullable(spec.getSecurityContext()).orElse(new PodSecurityContext());
        var tmpVolumes = spec.getVolumes().stream()
                .filter(v -> v.getEmptyDir() != null)
                .map(v -> v.getName())
                .toList();
        List<Container> all = new ArrayList<>(spec.getContainers());
        all.addAll(spec.getInitContainers());
        for (Container c : all) {
            String in = where + " container " + c.getName();
            SecurityContext sc = Optional.ofNullable(c.getSecurityContext()).orElse(new SecurityContext());
            if (!Boolean.TRUE.equals(sc.getRunAsNonRoot()) && !Boolean.TRUE.equals(pod.getRunAsNonRoot())) {
                problems.add(in + ": runAsNonRoot is not true");
            }
            if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                problems.add(in + ": allowPrivilegeEscalation is not false");
            }
            if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
                problems.add(in + ": readOnlyRootFilesystem is not true");
            }
            if (sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")) {
                problems.add(in + ": capabilities do not drop ALL");
            }
            String seccomp = sc.getSeccompProfile() != null
                    ? sc.getSeccompProfile().getType()
                    : pod.getSeccompProfile() != null ? pod.getSeccompProfile().getType() : null;
            if (!"RuntimeDefault".equals(seccomp)) {
                problems.add(in + ": seccomp profile is not RuntimeDefault");
            }
            problems.addAll(resources(in, c));
            String image = c.getImage();
            String tag = image == null || !image.contains(":") ? "" : image.substring(image.lastIndexOf(':') + 1);
            if (tag.isEmpty() || tag.equals("latest") || tag.contains("/")) {
                problems.add(in + ": image " + image + " has no fixed tag");
            }
        }
        for (Container c : spec.getContainers()) {
            String in = where + " container " + c.getName();
            if (c.getStartupProbe() == null) problems.add(in + ": no startupProbe");
            if (c.getLivenessProbe() == null) problems.add(in + ": no livenessProbe");
            if (c.getReadinessProbe() == null) problems.add(in + ": no readinessProbe");
            boolean writableTmp = c.getVolumeMounts().stream()
                    .anyMatch(m -> m.getMountPath().equals("/tmp") && tmpVolumes.contains(m.getName()));
            if (!writableTmp) problems.add(in + ": no emptyDir mounted at /tmp");
        }
        return problems;
    }

    private static List<String> resources(String in, Container c) {
        List<String> problems = new ArrayList<>();
        var r = c.getResources();
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = r == null ? null : r.getRequests().get(resource);
            Quantity limit = r == null ? null : r.getLimits().get(resource);
            if (request == null) problems.add(in + ": no " + resource + " request");
            if (limit == null) problems.add(in + ": no " + resource + " limit");
            if (request != null
                    && limit != null
                    && request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                problems.add(in + ": " + resource + " request " + request + " exceeds its limit " + limit);
            }
        }
        return problems;
    }

    /** Violations of the health probes of a GovShare service container: Quarkus smallrye-health paths. */
    static List<String> serviceProbes(String where, Container c) {
        List<String> problems = new ArrayList<>();
        problems.addAll(probe(where + " startupProbe", c.getStartupProbe(), "/q/health/started", c));
        problems.addAll(probe(where + " livenessProbe", c.getLivenessProbe(), "/q/health/live", c));
        problems.addAll(probe(where + " readinessProbe", c.getReadinessProbe(), "/q/health/ready", c));
        return problems;
    }

    private static List<String> probe(String where, Probe probe, String path, Container c) {
        if (probe == null || probe.getHttpGet() == null) {
            return List.of(where + ": missing or not an HTTP GET");
        }
        List<String> problems = new ArrayList<>();
        if (!path.equals(probe.getHttpGet().getPath())) {
            problems.add(where + ": path " + probe.getHttpGet().getPath() + ", expected " + path);
        }
        var port = probe.getHttpGet().getPort();
        boolean httpPort = c.getPorts().stream()
                .anyMatch(p -> p.getContainerPort() == 8080
                        && (Objects.equals(port.getIntVal(), 8080) || Objects.equals(port.getStrVal(), p.getName())));
        if (!httpPort) problems.add(where + ": port " + port + " is not the HTTP port 8080");
        return problems;
    }
}
