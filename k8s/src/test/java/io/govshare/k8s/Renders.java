package io.govshare.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** The renders the tests check: the chart with each values file, and the Kustomize overlays. */
final class Renders {

    /** The k8s/ folder (surefire passes it; a run from the module folder works without). */
    static final Path K8S = Path.of(System.getProperty("govshare.k8s.dir", "."))
            .toAbsolutePath()
            .normalize();

    static final Path CHART = K8S.resolve("helm/govshare");

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private static final Map<String, List<Map<String, Object>>> CACHE = new ConcurrentHashMap<>();

    /** What the tests render: a name and how. */
    enum Source {
        HELM_DEFAULT("helm template (values.yaml)"),
        HELM_PROD("helm template -f values-prod.yaml"),
        HELM_TRIAL("helm template -f values-trial.yaml"),
        HELM_PROD_OPERATORS("helm template -f values-prod.yaml -f values-operators.yaml"),
        KUSTOMIZE_BASE("kubectl kustomize base"),
        KUSTOMIZE_DEV("kubectl kustomize overlays/dev"),
        KUSTOMIZE_PROD("kubectl kustomize overlays/prod"),
        KUSTOMIZE_PROD_OPERATORS("kubectl kustomize overlays/prod-operators");

        final String label;

        Source(String label) {
            this.label = label;
        }

        boolean isKustomize() {
            return name().startsWith("KUSTOMIZE");
        }

        boolean isProd() {
            return this == HELM_PROD || this == KUSTOMIZE_PROD || isOperators();
        }

        boolean isOperators() {
            return this == HELM_PROD_OPERATORS || this == KUSTOMIZE_PROD_OPERATORS;
        }

        boolean isTrial() {
            return this == HELM_TRIAL || this == KUSTOMIZE_DEV;
        }

        @Override
        public String toString() {
            return this.label;
        }
    }

    private Renders() {}

    /** The rendered objects as trees (a Kustomize source needs kubectl: scripts/test installs it). */
    static List<Map<String, Object>> objects(Source source) {
        if (source.isKustomize() && kubectl().isEmpty()) {
            throw new IllegalStateException(
                    "kubectl is not on the PATH: the Kustomize renders cannot be checked (scripts/test installs it)");
        }
        return CACHE.computeIfAbsent(source.name(), k -> parse(render(source)));
    }

    /** The rendered objects of a kind (by `kind` alone), as trees. */
    static List<Map<String, Object>> objectsOfKind(Source source, String kind) {
        return objects(source).stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    /**
     * The rendered objects, each validated strictly against the schema; the operators' custom resources
     * (CloudNativePG, Keycloak) are left out: CnpgObjectsTest and KeycloakObjectsTest check them field by field.
     */
    static List<HasMetadata> typed(Source source) {
        return objects(source).stream()
                .filter(o -> !KubeSchema.isOperatorResource(o))
                .map(KubeSchema::parse)
                .toList();
    }

    /** The rendered objects of a kind, typed. */
    static <T extends HasMetadata> List<T> ofKind(Source source, Class<T> type) {
        return typed(source).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Whether the render has the trial Keycloak (the Kustomize one only once the stack's realm was copied). */
    static boolean hasKeycloak(Source source) {
        return ofKind(source, io.fabric8.kubernetes.api.model.apps.Deployment.class).stream()
                .anyMatch(d -> d.getMetadata().getName().endsWith("-keycloak"));
    }

    private static String render(Source source) {
        return switch (source) {
            case HELM_DEFAULT -> helm(CHART, List.of());
            case HELM_PROD -> helm(CHART, List.of("values-prod.yaml"));
            case HELM_TRIAL -> helm(chartWithRealm(), List.of("values-trial.yaml"));
            case KUSTOMIZE_BASE -> kustomize(K8S.resolve("kustomize/base"));
            case KUSTOMIZE_DEV -> kustomize(K8S.resolve("kustomize/overlays/dev"));
            case KUSTOMIZE_PROD -> kustomize(K8S.resolve("kustomize/overlays/prod"));
            case HELM_PROD_OPERATORS -> helm(CHART, List.of("values-prod.yaml", "values-operators.yaml"));
            case KUSTOMIZE_PROD_OPERATORS -> kustomize(K8S.resolve("kustomize/overlays/prod-operators"));
        };
    }

    static String helm(Path chart, List<String> valuesFiles) {
        var out = new StringBuilder();
        new HelmRenderer(chart)
                .template(valuesFiles, Map.of())
                .forEach(m -> out.append("---\n").append(m.yaml()));
        return out.toString();
    }

    /**
     * The chart as it is, or, while the stack's realm has not been copied into it yet (k8s/generate
     * copies scripts/keycloak/govshare-realm.json), a copy with a minimal realm, so that the trial
     * templates are still rendered and checked.
     */
    static Path chartWithRealm() {
        if (Files.exists(K8S.resolve(KustomizeGenerator.REALM_IN_CHART))) {
            return CHART;
        }
        try {
            Path copy = Files.createTempDirectory("govshare-chart");
            try (Stream<Path> walk = Files.walk(CHART)) {
                for (Path p : walk.toList()) {
                    Path target = copy.resolve(CHART.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            Files.createDirectories(copy.resolve("files"));
            Files.writeString(
                    copy.resolve("files/govshare-realm.json"), "{\"realm\": \"govshare\", \"enabled\": true}\n");
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kubectl on the PATH, if any. */
    static Optional<Path> kubectl() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static String kustomize(Path dir) {
        try {
            Process process = new ProcessBuilder(kubectl().orElseThrow().toString(), "kustomize", dir.toString())
                    .redirectErrorStream(false)
                    .start();
            var stdout = process.getInputStream().readAllBytes();
            var stderr = process.getErrorStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        "kubectl kustomize " + dir + " failed: " + new String(stderr, StandardCharsets.UTF_8));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        try (MappingIterator<Object> docs = YAML.readerFor(Object.class).readValues(yaml)) {
            while (docs.hasNext()) {
                Object doc = docs.next();
                if (doc instanceof Map<?, ?> map && !map.isEmpty()) {
                    objects.add((Map<String, Object>) map);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rendered output is not YAML", e);
        }
        return objects;
    }
}
