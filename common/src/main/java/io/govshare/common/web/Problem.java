package io.govshare.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.govshare.common.error.FieldError;
import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;
import io.govshare.common.i18n.Messages;

/**
 * An RFC 9457 problem document in the caller's language: the body of every error answer of every service
 * (docs/api.md, "Errors"). Extension members such as {@code currentStatus} follow the standard ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public final class Problem {

    /** The media type of every error body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final List<FieldErrorView> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    private Problem(
            ProblemType type, int status, String detail, String instance, List<FieldErrorView> errors, Locale locale) {
        this.type = type.uri();
        this.title = Messages.render(new Text(type.titleKey(), List.of()), locale);
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** The problem of a failure raised on purpose, in the caller's language. */
    public static Problem of(ProblemException e, String instance, Locale locale) {
        Problem problem = new Problem(
                e.type(), e.status(), e.detail().render(locale), instance, views(e.errors(), locale), locale);
        e.extensions().forEach((name, value) -> problem.extensions.put(name, render(value, locale)));
        return problem;
    }

    /** A problem of a type with a detail, in the caller's language. */
    public static Problem of(ProblemType type, Text detail, String instance, Locale locale) {
        return new Problem(type, type.status(), detail.render(locale), instance, null, locale);
    }

    public String getType() {
        return this.type;
    }

    public String getTitle() {
        return this.title;
    }

    public int getStatus() {
        return this.status;
    }

    public String getDetail() {
        return this.detail;
    }

    public String getInstance() {
        return this.instance;
    }

    public List<FieldErrorView> getErrors() {
        return this.errors;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return this.extensions;
    }

    /** One invalid field as the client sees it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldErrorView(String field, String message, Long line, Integer index) {}

    private static List<FieldErrorView> views(List<FieldError> errors, Locale locale) {
        return errors.stream()
                .map(error ->
                        new FieldErrorView(error.field(), error.message().render(locale), error.line(), error.index()))
                .toList();
    }

    private static Object render(Object value, Locale locale) {
        return value instanceof Text text ? text.render(locale) : value;
    }
}
