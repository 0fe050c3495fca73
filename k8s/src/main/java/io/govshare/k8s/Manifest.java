package io.govshare.k8s;

import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** One rendered Kubernetes object: the template it came from and its YAML text (comments kept). */
public record Manifest(String template, String yaml) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The object as a tree of maps and lists. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> tree() {
        try {
            return YAML.readValue(this.yaml, Map.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not YAML: " + this.template + "\n" + this.yaml, e);
        }
    }

    /** `kind` of the object. */
    public String kind() {
        return (String) tree().get("kind");
    }

    /** `metadata.name` of the object. */
    @SuppressWarnings("unchecked")
    public String name() {
        return (String) ((Map<String, Object>) tree().get("metadata")).get("name");
    }

    /** `kind/name`, unique within a render. */
    public String id() {
        return kind() + "/" + name();
    }

    /** The `app.kubernetes.io/name` label: the service (or component) the object belongs to. */
    @SuppressWarnings("unchecked")
    public String appName() {
        var metadata = (Map<String, Object>) tree().get("metadata");
        var labels = (Map<String, Object>) metadata.getOrDefault("labels", Map.of());
        return (String) labels.getOrDefault("app.kubernetes.io/name", "");
    }
}
