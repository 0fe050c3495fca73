package io.govshare.exchange.api.problem;

/** The kinds of problem this service answers with; {@code type} URIs are stable and documented in the README. */
public enum ProblemType {
    VALIDATION("validation", "Invalid input"),
    MALFORMED("malformed-body", "Malformed request body"),
    UNAUTHORIZED("unauthorized", "Authentication required"),
    FORBIDDEN("forbidden", "Access denied"),
    NOT_PERMITTED("not-permitted", "Not permitted"),
    NOT_FOUND("not-found", "Not found"),
    CONFLICT("conflict", "Conflict"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large"),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "Upstream service unavailable"),
    BAD_REQUEST("bad-request", "Bad request"),
    INTERNAL("internal", "Internal error");

    public static final String BASE = "https://govshare.io/problems/";

    private final String suffix;
    private final String title;

    ProblemType(String suffix, String title) {
        this.suffix = suffix;
        this.title = title;
    }

    public String uri() {
        return BASE + this.suffix;
    }

    public String title() {
        return this.title;
    }

    /** The type that fits a bare HTTP status raised by the framework (unknown path, wrong method …). */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 502, 503, 504 -> UPSTREAM_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
