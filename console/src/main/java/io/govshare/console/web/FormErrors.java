package io.govshare.console.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.govshare.common.error.FieldError;
import io.govshare.common.error.ProblemException;
import io.govshare.console.client.ApiProblem;

/**
 * What a form shows after a refusal: the problem's Chinese detail at the top and each field's message next to the
 * field it names ({@code errors[].field} of the problem, docs/api.md "Errors").
 */
public record FormErrors(int status, String detail, Map<String, String> fields) {

    public static final FormErrors NONE = new FormErrors(200, null, Map.of());

    public FormErrors {
        fields = Map.copyOf(fields);
    }

    public static FormErrors of(ApiProblem problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ApiProblem.FieldMessage error : problem.errors()) {
            if (error.field() != null && error.message() != null) {
                fields.putIfAbsent(error.field(), error.message());
            }
        }
        String detail = problem.detail();
        if (problem.currentStatus() != null) {
            detail = detail + "（当前状态：" + Formats.status(problem.currentStatus()) + "）";
        }
        return new FormErrors(problem.status(), detail, fields);
    }

    /** A refusal of the console's own input checks (a month, a code), in Chinese. */
    public static FormErrors of(ProblemException problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : problem.errors()) {
            fields.putIfAbsent(error.field(), error.message().render(Locale.CHINESE));
        }
        return new FormErrors(problem.status(), problem.detail().render(Locale.CHINESE), fields);
    }

    public boolean any() {
        return this.detail != null || !this.fields.isEmpty();
    }

    /** The message for a field, or null. */
    public String field(String name) {
        return this.fields.get(name);
    }

    public boolean has(String name) {
        return this.fields.containsKey(name);
    }
}
