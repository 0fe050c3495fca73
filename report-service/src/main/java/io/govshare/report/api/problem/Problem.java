package io.govshare.report.api.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.report.domain.FieldError;

/** An RFC 9457 problem document, the body of every error answer of this service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details")
public final class Problem {

    private final ProblemType type;
    private final int status;
    private final String detail;
    private final String instance;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    Problem(ProblemType type, int status, String detail, String instance, List<FieldError> errors) {
        this.type = type;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    @Schema(description = "Stable URI naming the kind of problem", example = "https://govshare.io/problems/validation")
    public String getType() {
        return this.type.uri();
    }

    @Schema(description = "Fixed short text per type", example = "Invalid input")
    public String getTitle() {
        return this.type.title();
    }

    @Schema(description = "The HTTP status", example = "400")
    public int getStatus() {
        return this.status;
    }

    @Schema(description = "What went wrong with this request")
    public String getDetail() {
        return this.detail;
    }

    @Schema(description = "The request path")
    public String getInstance() {
        return this.instance;
    }

    @Schema(description = "For validation problems: each bad field and why")
    public List<FieldError> getErrors() {
        return this.errors;
    }

    /** Adds an extension member such as {@code currentStatus}. */
    Problem with(String name, Object value) {
        this.extensions.put(name, value);
        return this;
    }

    @JsonAnyGetter
    Map<String, Object> extensions() {
        return this.extensions;
    }
}
