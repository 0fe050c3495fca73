package io.govshare.console.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every 4xx and 5xx answer of a service into an {@link ApiProblem}, reading its problem+json body. */
public class ProblemReader implements ResponseExceptionMapper<ApiProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ApiProblem toThrowable(Response response) {
        int status = response.getStatus();
        JsonNode body = null;
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().endsWith("json")) {
            try {
                response.bufferEntity();
                body = JSON.readTree(response.readEntity(String.class));
            } catch (IOException | RuntimeException e) {
                body = null;
            }
        }
        if (body == null || !body.isObject()) {
            return new ApiProblem(status, null, "HTTP " + status, "服务返回 HTTP " + status, null, null, null, null, null);
        }
        List<ApiProblem.FieldMessage> errors = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            errors.add(new ApiProblem.FieldMessage(text(error, "field"), text(error, "message")));
        }
        return new ApiProblem(
                status,
                text(body, "type"),
                text(body, "title"),
                text(body, "detail"),
                errors,
                text(body, "currentStatus"),
                strings(body.path("availableActions")),
                strings(body.path("failedChecks")),
                text(body, "service"));
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.isObject() && value.has("name") ? value.get("name").asText() : value.asText());
        }
        return values;
    }
}
