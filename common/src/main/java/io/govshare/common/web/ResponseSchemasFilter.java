package io.govshare.common.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks every member of an answer's schema as {@code required} (docs/api.md): the services write every member of
 * a view, {@code null} included, so a client may rely on each key being there; a member that can be {@code null}
 * says so with {@code @Schema(nullable = true)}. Request bodies keep their own rules (Bean Validation decides what is
 * required), so a schema that a request body also uses is left alone, and so are the problem schemas.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ResponseSchemasFilter implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null
                || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inAnswers = new HashSet<>();
        Set<String> inBodies = new HashSet<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getRequestBody() != null) {
                        collect(operation.getRequestBody().getContent(), schemas, inBodies);
                    }
                    if (operation.getResponses() != null
                            && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().forEach((code, response) -> {
                            if (code.startsWith("2")) {
                                collect(response.getContent(), schemas, inAnswers);
                            }
                        });
                    }
                }));
        inAnswers.removeAll(inBodies);
        inAnswers.remove(ProblemResponsesFilter.SCHEMA);
        inAnswers.remove(ProblemResponsesFilter.FIELD_ERROR_SCHEMA);
        for (String name : inAnswers) {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                schema.getProperties().keySet().forEach(property -> {
                    if (schema.getRequired() == null || !schema.getRequired().contains(property)) {
                        schema.addRequired(property);
                    }
                });
            }
        }
    }

    private static void collect(Content content, Map<String, Schema> schemas, Set<String> found) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        content.getMediaTypes().values().forEach(media -> {
            if (media.getSchema() != null) {
                todo.add(media.getSchema());
            }
        });
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Schema schema = todo.poll();
            if (!seen.add(schema)) {
                continue;
            }
            Consumer<Schema> visit = child -> {
                if (child != null) {
                    todo.add(child);
                }
            };
            if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
                String name = schema.getRef().substring(PREFIX.length());
                if (found.add(name) && schemas.containsKey(name)) {
                    todo.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(visit);
            }
            visit.accept(schema.getItems());
            if (schema.getAllOf() != null) {
                schema.getAllOf().forEach(visit);
            }
            if (schema.getOneOf() != null) {
                schema.getOneOf().forEach(visit);
            }
            if (schema.getAnyOf() != null) {
                schema.getAnyOf().forEach(visit);
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                visit.accept(schema.getAdditionalPropertiesSchema());
            }
        }
    }
}
