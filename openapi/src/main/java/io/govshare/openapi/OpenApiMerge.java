package io.govshare.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges the OpenAPI documents of the four services into the platform's one document (docs/api.md, "One document
 * for the portal"): every path once, every component schema once (the same name with another shape is an error, so
 * that no client gets a schema it cannot trust), one OpenID Connect security scheme, and on each operation
 * {@code x-govshare-service} naming the service that answers it (its base URL: docs/architecture.md). Keys are
 * sorted so that the committed document changes only when the contract does.
 */
public final class OpenApiMerge {

    /** The services, in the order their paths are listed. */
    public static final List<String> SERVICES =
            List.of("catalog-service", "request-service", "exchange-stats-service", "report-service");

    static final String SCHEME = "govshare";
    static final String OIDC_URL = "http://localhost:8180/realms/govshare/.well-known/openid-configuration";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OpenApiMerge() {}

    /** Merges documents given by service name (in {@link #SERVICES} order). */
    public static ObjectNode merge(Map<String, JsonNode> documents) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", "GovShare platform API (政务数据共享交换平台接口)");
        info.put("version", "1.0");
        info.put(
                "description",
                "The API of the four GovShare services in one document, for the provincial portal and generated"
                        + " clients. Each operation's x-govshare-service names the service that answers it; locally"
                        + " catalog-service is http://localhost:8081, request-service :8082, exchange-stats-service"
                        + " :8083, report-service :8084; through the Ingress all share one host. 四个服务的接口合并为一个文档。");
        Map<String, JsonNode> paths = new TreeMap<>();
        Map<String, Map<String, JsonNode>> components = new TreeMap<>();
        Map<String, JsonNode> tags = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode document = documents.get(service);
            if (document == null) {
                throw new IllegalArgumentException("no OpenAPI document of " + service);
            }
            document.path("paths").fields().forEachRemaining(path -> {
                if (paths.containsKey(path.getKey())) {
                    clashes.add("path " + path.getKey() + " in " + service + " and another service");
                }
                ObjectNode item = path.getValue().deepCopy();
                item.fields().forEachRemaining(operation -> {
                    if (operation.getValue() instanceof ObjectNode op) {
                        op.put("x-govshare-service", service);
                    }
                });
                paths.put(path.getKey(), item);
            });
            // schemas, examples, parameters …: each name once; the security schemes are replaced by the one below
            document.path("components").fields().forEachRemaining(section -> {
                if (section.getKey().equals("securitySchemes")) {
                    return;
                }
                Map<String, JsonNode> known = components.computeIfAbsent(section.getKey(), k -> new TreeMap<>());
                section.getValue().fields().forEachRemaining(component -> {
                    JsonNode existing = known.putIfAbsent(component.getKey(), component.getValue());
                    if (existing != null && !existing.equals(component.getValue())) {
                        String kind = section.getKey().equals("schemas") ? "schema" : section.getKey();
                        clashes.add(kind + " " + component.getKey() + " differs between " + service
                                + " and another service");
                    }
                });
            });
            for (JsonNode tag : document.path("tags")) {
                tags.putIfAbsent(tag.path("name").asText(), tag);
            }
        }
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("the documents cannot be merged:\n  " + String.join("\n  ", clashes));
        }
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        ObjectNode pathsNode = merged.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode componentsNode = merged.putObject("components");
        components.forEach((section, entries) -> {
            ObjectNode sectionNode = componentsNode.putObject(section);
            entries.forEach(sectionNode::set);
        });
        ObjectNode scheme = componentsNode.putObject("securitySchemes").putObject(SCHEME);
        scheme.put("type", "openIdConnect");
        scheme.put("openIdConnectUrl", OIDC_URL);
        scheme.put(
                "description",
                "OpenID Connect (Keycloak realm govshare); the discovery URL is the local stack's, replace the host for"
                        + " another deployment. Browsers log in with the public client govshare-portal (authorization"
                        + " code + PKCE S256), scripts with govshare-cli. 浏览器通过 govshare-portal 客户端登录。");
        merged.putArray("security").addObject().putArray(SCHEME);
        normalizeSecurity(merged);
        return merged;
    }

    /** Every operation that needs a token names the one scheme (the services name their own copy of it). */
    private static void normalizeSecurity(ObjectNode merged) {
        merged.path("paths")
                .forEach(item -> item.forEach(operation -> {
                    if (operation instanceof ObjectNode op && op.has("security")) {
                        ArrayNode security = JsonNodeFactory.instance.arrayNode();
                        security.addObject().putArray(SCHEME);
                        op.set("security", security);
                    }
                }));
    }

    /** The stable text of a document: sorted keys, two-space indent, a final newline. */
    public static String write(JsonNode document) {
        try {
            return JSON.writeValueAsString(sorted(document)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            Map<String, JsonNode> fields = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = object.fields();
            while (it.hasNext()) {
                var field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            fields.forEach(copy::set);
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    /** The documents the services' builds stored ({@code <service>/target/openapi/openapi.json}). */
    public static Map<String, JsonNode> stored(Path root) throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path file = root.resolve(service).resolve("target/openapi/openapi.json");
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + " is missing: build the services first (./mvnw -B package -DskipTests)");
            }
            documents.put(service, JSON.readTree(file.toFile()));
        }
        return documents;
    }

    /** Writes docs/api/govshare-openapi.json from the stored documents. Argument: the repository root. */
    public static void main(String... args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path target = root.resolve("docs/api/govshare-openapi.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, write(merge(stored(root))));
        System.out.println("wrote " + target);
    }
}
