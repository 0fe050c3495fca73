package io.govshare.common.web;

import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers of {@link ProblemMappers} (docs/api.md, "Errors"): the {@code Problem} schema with
 * its extension members, and on each operation the errors it can answer.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";

    /** What each error status means, when an operation does not say more. */
    static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Invalid input; `errors` names each bad field (输入无效)"),
            Map.entry("401", "No valid bearer access token of a GovShare client (需要身份认证)"),
            Map.entry("403", "The caller's roles or organization do not allow this (无权访问)"),
            Map.entry("404", "No such object (未找到)"),
            Map.entry("406", "Cannot answer in the media type asked for (无法提供所请求的格式)"),
            Map.entry("409", "Conflicts with what is stored (冲突)"),
            Map.entry("412", "The If-Match version is not the current one (前提条件不满足)"),
            Map.entry("413", "The body is too large (请求体过大)"),
            Map.entry("415", "The body has an unsupported Content-Type (不支持的内容类型)"),
            Map.entry("422", "Well-formed but cannot be processed (无法处理)"),
            Map.entry("429", "Too many requests; retry after `Retry-After` seconds (请求过于频繁)"),
            Map.entry("502", "Another service refused the call; `service` names it (依赖的服务拒绝调用)"),
            Map.entry(
                    "503",
                    "Another service cannot be reached; `service` names it, retry after `Retry-After` (依赖的服务不可用)"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(FIELD_ERROR_SCHEMA, fieldErrorSchema());
        components.addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> document(path, method, operation)));
    }

    /**
     * The errors an operation can answer: those it declares, and those that follow from its shape (a body or
     * parameters can be invalid, a path parameter can name nothing, every API operation needs a token). Each with
     * the problem schema.
     */
    static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            ensure(responses, "400");
        }
        if (path.startsWith("/api/")) {
            ensure(responses, "401");
        }
        if (path.contains("{")) {
            ensure(responses, "404");
        }
        if (hasBody) {
            ensure(responses, "413");
            ensure(responses, "415");
        }
        Map<String, APIResponse> all = responses.getAPIResponses();
        if (all != null) {
            all.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    if (response.getDescription() == null
                            || response.getDescription().isBlank()) {
                        response.description(DESCRIPTIONS.getOrDefault(code, "Error"));
                    }
                    if (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty()
                            || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null) {
                        response.content(problemContent());
                    }
                }
            });
        }
    }

    private static void ensure(APIResponses responses, String code) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(
                    code,
                    OASFactory.createAPIResponse()
                            .description(DESCRIPTIONS.get(code))
                            .content(problemContent()));
        }
    }

    static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA)));
    }

    static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One invalid part of a request (一个无效字段)")
                .addProperty("field", string("JSON path, parameter or header, e.g. `items[2].name`", "month"))
                .addProperty("message", string("Why, in the caller's language", "must be a month YYYY-MM"))
                .addProperty(
                        "line",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int64")
                                .description("For a line-oriented body (an exchange batch): the line"))
                .addProperty(
                        "index",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .description("For a batch: the record's position, from 0"))
                .addRequired("field")
                .addRequired("message");
    }

    static Schema problemSchema() {
        Schema texts = OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (错误详情); the extension members appear with the problem types"
                        + " that use them (docs/api.md)")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("uri")
                                .description("Stable URI of the kind of problem")
                                .example("https://govshare.io/problems/validation"))
                .addProperty("title", string("Fixed text per type, in the caller's language", "Invalid input"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .example(400))
                .addProperty("detail", string("What went wrong with this request", "month: must be a month YYYY-MM"))
                .addProperty("instance", string("The request path", "/api/v1/exchange-stats/summary"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("validation: each bad field")
                                .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR_SCHEMA)))
                .addProperty("currentStatus", string("invalid-transition: the request's status now", "SIGNED"))
                .addProperty("availableActions", texts.description("invalid-transition: what can be done now"))
                .addProperty(
                        "currentVersion",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int64")
                                .description("concurrent-modification, precondition-failed: the version now stored"))
                .addProperty("service", string("upstream-unavailable: the service that failed", "catalog-service"))
                .addProperty(
                        "failedChecks",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("checks-failed: the failing checks, each with the numbers it compared")
                                .items(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.OBJECT)
                                        .addProperty("name", string("The check", "requests.decided"))
                                        .addProperty(
                                                "ok",
                                                OASFactory.createSchema()
                                                        .addType(Schema.SchemaType.BOOLEAN)
                                                        .example(false))
                                        .addProperty(
                                                "detail",
                                                string("The numbers compared", "decided 240 ≠ signed + rejected 241"))
                                        .addRequired("name")
                                        .addRequired("ok")
                                        .addRequired("detail")))
                .addProperty("reason", string("not-permitted: why", null))
                .addRequired("type")
                .addRequired("title")
                .addRequired("status");
    }

    private static Schema string(String description, String example) {
        Schema schema =
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
        return example == null ? schema : schema.example(example);
    }
}
