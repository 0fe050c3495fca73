package io.govshare.console.client;

import java.util.List;
import java.util.Optional;

/**
 * A problem+json answer of a service (docs/api.md, "Errors"), in Chinese because every call asks for
 * {@code Accept-Language: zh-CN}. The pages show {@link #detail()} and put each field error next to its field.
 */
public class ApiProblem extends RuntimeException {

    /** One {@code errors[]} member: the field it names and the Chinese message. */
    public record FieldMessage(String field, String message) {}

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldMessage> errors;
    private final String currentStatus;
    private final List<String> availableActions;
    private final List<String> failedChecks;
    private final String service;

    public ApiProblem(
            int status,
            String type,
            String title,
            String detail,
            List<FieldMessage> errors,
            String currentStatus,
            List<String> availableActions,
            List<String> failedChecks,
            String service) {
        super(status + " " + type + ": " + detail);
        this.status = status;
        this.type = type == null ? "about:blank" : type;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.currentStatus = currentStatus;
        this.availableActions = availableActions == null ? List.of() : List.copyOf(availableActions);
        this.failedChecks = failedChecks == null ? List.of() : List.copyOf(failedChecks);
        this.service = service;
    }

    public int status() {
        return this.status;
    }

    /** The last segment of the type URI, e.g. {@code validation}, {@code invalid-transition}. */
    public String kind() {
        int slash = this.type.lastIndexOf('/');
        return slash < 0 ? this.type : this.type.substring(slash + 1);
    }

    public String title() {
        return this.title;
    }

    /** What went wrong, in Chinese; the title when the service gave no detail. */
    public String detail() {
        return this.detail != null && !this.detail.isBlank() ? this.detail : this.title;
    }

    public List<FieldMessage> errors() {
        return this.errors;
    }

    /** The message of the first error naming this field. */
    public Optional<String> messageFor(String field) {
        return this.errors.stream()
                .filter(e -> field.equals(e.field()))
                .map(FieldMessage::message)
                .findFirst();
    }

    public String currentStatus() {
        return this.currentStatus;
    }

    public List<String> availableActions() {
        return this.availableActions;
    }

    public List<String> failedChecks() {
        return this.failedChecks;
    }

    public String service() {
        return this.service;
    }

    /** The user's token was refused: the session has to be renewed by a new login. */
    public boolean sessionExpired() {
        return this.status == 401;
    }
}
