package io.govshare.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules of docs/api.md for a document a generator can trust: every operation has a unique operationId and a
 * typed answer for each success, months are strings, and every error answer is a Problem. Returns the breaches.
 */
public final class ContractRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<String> MONTH_NAMES = Set.of("month", "until");

    private ContractRules() {}

    /** Every breach of the rules, one line each; empty when the document keeps them all. */
    public static List<String> breaches(JsonNode document) {
        List<String> breaches = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
                    if (!METHODS.contains(entry.getKey())) {
                        return;
                    }
                    String where = entry.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode operation = entry.getValue();
                    String id = operation.path("operationId").asText("");
                    if (id.isEmpty()) {
                        breaches.add(where + ": no operationId");
                    } else if (operationIds.put(id, where) != null) {
                        breaches.add(where + ": operationId " + id + " also names " + operationIds.get(id));
                    } else if (!id.matches("[a-z][A-Za-z0-9]*")) {
                        breaches.add(where + ": operationId " + id + " is not camelCase");
                    }
                    for (JsonNode parameter : operation.path("parameters")) {
                        if (MONTH_NAMES.contains(parameter.path("name").asText())
                                && !"string"
                                        .equals(resolve(document, parameter.path("schema"))
                                                .path("type")
                                                .asText())) {
                            breaches.add(where + ": parameter "
                                    + parameter.path("name").asText() + " is not a string");
                        }
                    }
                    operation.path("responses").fields().forEachRemaining(response -> {
                        String code = response.getKey();
                        JsonNode content = response.getValue().path("content");
                        if (code.startsWith("2") && !code.equals("204")) {
                            if (content.isMissingNode() || content.isEmpty()) {
                                breaches.add(where + ": answer " + code + " has no typed body");
                            }
                            content.fields().forEachRemaining(media -> {
                                if (media.getValue().path("schema").isMissingNode()) {
                                    breaches.add(where + ": answer " + code + " " + media.getKey() + " has no schema");
                                }
                            });
                        }
                        if (code.startsWith("4") || code.startsWith("5")) {
                            String ref = content.path("application/problem+json")
                                    .path("schema")
                                    .path("$ref")
                                    .asText("");
                            if (!ref.equals("#/components/schemas/Problem")) {
                                breaches.add(where + ": error " + code + " is not a Problem");
                            }
                        }
                    });
                }));
        return breaches;
    }

    /** Follows a {@code $ref} to the component schema. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** Counts for the closing note: operations, without operationId, without a typed 2xx body, object months. */
    public static Map<String, Integer> counts(JsonNode document) {
        Map<String, Integer> counts = new HashMap<>();
        for (String breach : breaches(document)) {
            String kind = breach.contains("no operationId")
                    ? "withoutOperationId"
                    : breach.contains("no typed body") || breach.contains("has no schema")
                            ? "withoutTypedAnswer"
                            : breach.contains("is not a string") ? "objectMonths" : "other";
            counts.merge(kind, 1, Integer::sum);
        }
        int[] operations = {0};
        document.path("paths")
                .forEach(item -> item.fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        operations[0]++;
                    }
                }));
        counts.put("operations", operations[0]);
        return counts;
    }
}
