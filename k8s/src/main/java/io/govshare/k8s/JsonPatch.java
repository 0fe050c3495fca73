package io.govshare.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The RFC 6902 JSON patch that turns one object tree into another: what an overlay generated from
 * the chart applies to the base. Maps are compared key by key (a key only in the first is removed);
 * lists of equal length item by item; anything else is replaced whole, so that `kubectl kustomize`
 * yields exactly the second tree (a strategic merge patch would keep list items and map keys of the
 * base that the chart no longer renders).
 */
public final class JsonPatch {

    private JsonPatch() {}

    /** The operations, each a map `op`, `path` and (but for `remove`) `value`, in a stable order. */
    public static List<Map<String, Object>> diff(Object from, Object to) {
        List<Map<String, Object>> ops = new ArrayList<>();
        diff("", from, to, ops);
        return ops;
    }

    @SuppressWarnings("unchecked")
    private static void diff(String path, Object from, Object to, List<Map<String, Object>> ops) {
        if (Objects.equals(from, to)) {
            return;
        }
        if (from instanceof Map<?, ?> a && to instanceof Map<?, ?> b) {
            for (Object key : a.keySet()) {
                if (!b.containsKey(key)) {
                    ops.add(op("remove", path + "/" + escape(key), null));
                }
            }
            for (var entry : ((Map<Object, Object>) b).entrySet()) {
                String child = path + "/" + escape(entry.getKey());
                if (a.containsKey(entry.getKey())) {
                    diff(child, a.get(entry.getKey()), entry.getValue(), ops);
                } else {
                    ops.add(op("add", child, entry.getValue()));
                }
            }
        } else if (from instanceof List<?> a && to instanceof List<?> b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(path + "/" + i, a.get(i), b.get(i), ops);
            }
        } else {
            ops.add(op("replace", path, to));
        }
    }

    private static Map<String, Object> op(String op, String path, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("op", op);
        map.put("path", path);
        if (!op.equals("remove")) {
            map.put("value", value);
        }
        return map;
    }

    /** RFC 6901: `~` and `/` in a key (e.g. `prometheus.io/scrape`). */
    private static String escape(Object key) {
        return key.toString().replace("~", "~0").replace("/", "~1");
    }
}
