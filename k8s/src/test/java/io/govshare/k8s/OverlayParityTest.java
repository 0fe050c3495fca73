package io.govshare.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `kubectl kustomize overlays/<name>` and `helm template -f <values files>` deploy the same objects: compared
 * object by object (kind/name), every field, after taking out what only says who applied them (the
 * `app.kubernetes.io/managed-by` label, Helm's `checksum/*` pod annotations) and giving the Helm objects the
 * release namespace that `helm install -n govshare` gives them.
 */
class OverlayParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"KUSTOMIZE_PROD, HELM_PROD", "KUSTOMIZE_PROD_OPERATORS, HELM_PROD_OPERATORS"})
    void kustomizeOverlay_rendersTheObjectsOfHelmWithTheSameValues(Source kustomize, Source helm) {
        var differences = differences(Renders.objects(kustomize), Renders.objects(helm));
        assertThat(differences)
                .as(kustomize + " vs " + helm + " (run k8s/generate after changing the chart or a values file)")
                .isEmpty();
    }

    @Test
    void comparison_namesAMissingObjectAndAChangedField() {
        var helm = Renders.objects(Source.HELM_PROD);
        List<Map<String, Object>> changed = new ArrayList<>();
        for (var object : helm) {
            Map<String, Object> copy = JSON.convertValue(object, LinkedHashMap.class);
            if ("Ingress".equals(copy.get("kind"))) {
                continue; // missing
            }
            if ("HorizontalPodAutoscaler".equals(copy.get("kind"))) {
                @SuppressWarnings("unchecked")
                var spec = (Map<String, Object>) copy.get("spec");
                spec.put("minReplicas", 1);
            }
            changed.add(copy);
        }
        var differences = differences(changed, helm);
        assertThat(differences)
                .anyMatch(d -> d.startsWith("only in helm: Ingress/govshare"))
                .anyMatch(d -> d.contains("HorizontalPodAutoscaler/govshare-catalog-service")
                        && d.contains("/spec/minReplicas"));
    }

    /** Each difference as a sentence: an object only on one side, or the JSON patch between the two. */
    static List<String> differences(List<Map<String, Object>> kustomize, List<Map<String, Object>> helm) {
        Map<String, Object> left = byId(kustomize);
        Map<String, Object> right = byId(helm);
        List<String> out = new ArrayList<>();
        left.keySet().stream().filter(id -> !right.containsKey(id)).forEach(id -> out.add("only in kustomize: " + id));
        right.keySet().stream().filter(id -> !left.containsKey(id)).forEach(id -> out.add("only in helm: " + id));
        left.forEach((id, object) -> {
            if (right.containsKey(id)) {
                var ops = JsonPatch.diff(right.get(id), object);
                if (!ops.isEmpty()) {
                    out.add(id + " differs (helm -> kustomize): " + ops);
                }
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> byId(List<Map<String, Object>> objects) {
        Map<String, Object> byId = new TreeMap<>();
        for (var object : objects) {
            Map<String, Object> copy = JSON.convertValue(object, LinkedHashMap.class);
            var metadata = (Map<String, Object>) copy.get("metadata");
            metadata.putIfAbsent("namespace", KustomizeGenerator.NAMESPACE);
            normalizeMetadata(metadata);
            var spec = copy.get("spec") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.<String, Object>of();
            if (spec.get("template") instanceof Map<?, ?> template
                    && template.get("metadata") instanceof Map<?, ?> podMetadata) {
                normalizeMetadata((Map<String, Object>) podMetadata);
            }
            byId.put(copy.get("kind") + "/" + metadata.get("name"), copy);
        }
        return byId;
    }

    @SuppressWarnings("unchecked")
    private static void normalizeMetadata(Map<String, Object> metadata) {
        if (metadata.get("labels") instanceof Map<?, ?> labels) {
            labels.remove("app.kubernetes.io/managed-by");
        }
        if (metadata.get("annotations") instanceof Map<?, ?> annotations) {
            ((Map<String, Object>) annotations).keySet().removeIf(k -> k.startsWith("checksum/"));
            if (annotations.isEmpty()) {
                metadata.remove("annotations");
            }
        }
    }
}
