package io.govshare.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A custom resource's fields as its operator's API reference lists them, for the objects we write: at each path
 * the keys a map may have, the values an enumerated field may take, the fields that are required. Paths start
 * with the kind (`Cluster.spec.postgresql`), `[]` stands for a list item; `path{}` marks a map of free keys whose
 * values are described at `path.*`. A map at a path
 * that is neither described nor declared free-form (e.g. core `resources`, the realm) is an error too, so a
 * field cannot slip in unchecked.
 */
record FieldSchema(
        Map<String, Set<String>> fields,
        Map<String, Set<String>> enums,
        Map<String, Set<String>> required,
        Set<String> freeForm) {

    /** Violations in one object, as sentences. */
    List<String> check(Map<String, Object> object) {
        List<String> problems = new ArrayList<>();
        String kind = (String) object.get("kind");
        String name = String.valueOf(((Map<?, ?>) object.get("metadata")).get("name"));
        walk(kind, object.get("spec"), kind + "/" + name + " spec", kind + ".spec", problems);
        return problems;
    }

    private void walk(String kind, Object node, String where, String path, List<String> problems) {
        if (this.freeForm.contains(path)) {
            return;
        }
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(kind, list.get(i), where + "[" + i + "]", path + "[]", problems);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            Set<String> allowed = this.fields.get(path);
            Set<String> values = this.fields.get(path + "{}");
            if (allowed == null && values == null) {
                problems.add(where + ": " + path + " is not described (a field the reference does not list?)");
                return;
            }
            for (String key : this.required.getOrDefault(path, Set.of())) {
                if (!map.containsKey(key)) problems.add(where + ": required field " + key + " missing");
            }
            for (var entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (allowed != null && !allowed.contains(key)) {
                    problems.add(where + ": unknown field " + key + " (not in the API reference at " + path + ")");
                    continue;
                }
                String child = allowed != null ? path + "." + key : path + ".*";
                walk(kind, entry.getValue(), where + "." + key, child, problems);
            }
            return;
        }
        Set<String> allowedValues = this.enums.get(path);
        if (allowedValues != null && !allowedValues.contains(String.valueOf(node))) {
            problems.add(where + ": " + node + " is not one of " + allowedValues);
        }
    }
}
