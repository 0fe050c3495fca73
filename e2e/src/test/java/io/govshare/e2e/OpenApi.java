package io.govshare.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.restassured.RestAssured.given;

/** A service's OpenAPI document as it serves it live ({@code /q/openapi?format=json}): its operations under /api. */
public final class OpenApi {

    /** A parameter of an operation: {@code in} is path, query or header; the schema as written (maybe a $ref). */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /** One operation: the request bodies it takes by media type (schemas as written). */
    public record Operation(
            String service, String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies) {

        /** "METHOD /path/{param}". */
        public String key() {
            return this.method + " " + this.path;
        }
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String service;
    private final JsonNode root;

    private OpenApi(String service, JsonNode root) {
        this.service = service;
        this.root = root;
    }

    public static OpenApi of(String service) {
        String document = given().baseUri(Stack.url(service))
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try {
            return new OpenApi(service, JSON.readTree(document));
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document of " + service + " is not JSON", e);
        }
    }

    /** Every operation under /api, in the document's order. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = this.root.path("paths");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            if (!path.startsWith("/api/")) {
                continue;
            }
            JsonNode item = paths.path(path);
            for (String method : METHODS) {
                if (item.has(method)) {
                    operations.add(operation(path, method, item));
                }
            }
        }
        return operations;
    }

    private Operation operation(String path, String method, JsonNode item) {
        JsonNode op = item.path(method);
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(item.path("parameters"), op.path("parameters"))) {
            for (JsonNode raw : list) {
                JsonNode p = resolve(raw);
                parameters.add(new Parameter(
                        p.path("name").asText(),
                        p.path("in").asText(),
                        p.path("required").asBoolean(false),
                        p.path("schema")));
            }
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode content = resolve(op.path("requestBody")).path("content");
        content.fieldNames()
                .forEachRemaining(type -> bodies.put(type, content.path(type).path("schema")));
        return new Operation(this.service, method.toUpperCase(), path, parameters, bodies);
    }

    /**
     * The schema (or parameter, or body) with its {@code $ref} and {@code allOf} resolved: the members of the target,
     * overlaid with the members written beside the reference.
     */
    public JsonNode resolve(JsonNode node) {
        if (node == null || !node.isObject()) {
            return node == null ? JSON.createObjectNode() : node;
        }
        ObjectNode merged = JSON.createObjectNode();
        if (node.has("$ref")) {
            merged.setAll((ObjectNode) resolve(target(node.path("$ref").asText())));
        }
        for (JsonNode part : node.path("allOf")) {
            merged.setAll((ObjectNode) resolve(part));
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref") && !field.getKey().equals("allOf")) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    /** The name of the schema a {@code $ref} (directly or in {@code allOf}) points to, or null. */
    public static String refName(JsonNode schema) {
        if (schema == null) {
            return null;
        }
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty()) {
            for (JsonNode part : schema.path("allOf")) {
                String inner = refName(part);
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private JsonNode target(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("external $ref " + ref + " in the document of " + this.service);
        }
        JsonNode node = this.root.at(ref.substring(1));
        if (node.isMissingNode()) {
            throw new IllegalStateException("unresolved $ref " + ref + " in the document of " + this.service);
        }
        return node;
    }
}
