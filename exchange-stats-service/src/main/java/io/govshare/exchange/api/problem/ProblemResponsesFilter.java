package io.govshare.exchange.api.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** Documents, on every operation, the problem+json answers of {@link ProblemMappers} (STYLE §4). */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> STANDARD = Map.of(
            "400", "Invalid input; `errors` names each bad field",
            "401", "No valid bearer token",
            "403", "The caller's roles or organization do not allow this",
            "404", "No such object",
            "409", "Conflicts with what is stored");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> entry : STANDARD.entrySet()) {
            if (!responses.hasAPIResponse(entry.getKey())) {
                responses.addAPIResponse(
                        entry.getKey(),
                        OASFactory.createAPIResponse()
                                .description(entry.getValue())
                                .content(problemContent()));
            }
        }
        return operation;
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        ProblemMappers.PROBLEM_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text)
                .addProperty("message", text);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; extension members such as `reason` may follow")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(fieldError));
    }
}
