package io.govshare.common.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure that leaves the service as an RFC 9457 problem: its type (and so its status), a specific detail, the
 * invalid fields and extension members such as {@code currentStatus}. Every failure a service raises on purpose
 * extends this; the one mapper of {@code io.govshare.common.web} writes it in the caller's language. Plain Java, so
 * that domain packages may throw it.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final transient Text detail;
    private final transient List<FieldError> errors;
    private final transient Map<String, Object> extensions = new LinkedHashMap<>();
    private Integer retryAfterSeconds;

    public ProblemException(ProblemType type, Text detail) {
        this(type, type.status(), detail, List.of());
    }

    public ProblemException(ProblemType type, int status, Text detail, List<FieldError> errors) {
        super(detail.toString());
        this.type = type;
        this.status = status;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** Adds an extension member; a {@link Text} value is rendered in the caller's language. */
    public ProblemException with(String member, Object value) {
        this.extensions.put(member, value);
        return this;
    }

    /** Asks the client to retry after this many seconds ({@code Retry-After}). */
    public ProblemException retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public ProblemType type() {
        return this.type;
    }

    public int status() {
        return this.status;
    }

    public Text detail() {
        return this.detail;
    }

    public List<FieldError> errors() {
        return this.errors;
    }

    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(this.extensions);
    }

    /** Seconds for {@code Retry-After}, or {@code null}. */
    public Integer retryAfterSeconds() {
        return this.retryAfterSeconds;
    }
}
