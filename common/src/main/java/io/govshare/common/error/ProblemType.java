package io.govshare.common.error;

/**
 * A kind of problem (RFC 9457): a stable URI {@code https://govshare.io/problems/<slug>} and its HTTP status. The
 * title is the message {@code problem.<slug>} of the bundles. The kinds every service shares are the constants
 * below; a service declares its own (e.g. {@code invalid-transition}) with {@link #of}. docs/api.md lists them all.
 */
public record ProblemType(String slug, int status) {

    /** The base of every problem type URI. */
    public static final String BASE = "https://govshare.io/problems/";

    public static final ProblemType VALIDATION = of("validation", 400);
    public static final ProblemType MALFORMED_BODY = of("malformed-body", 400);
    public static final ProblemType BAD_REQUEST = of("bad-request", 400);
    public static final ProblemType UNAUTHORIZED = of("unauthorized", 401);
    public static final ProblemType FORBIDDEN = of("forbidden", 403);
    public static final ProblemType NOT_PERMITTED = of("not-permitted", 403);
    public static final ProblemType NOT_FOUND = of("not-found", 404);
    public static final ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", 405);
    public static final ProblemType NOT_ACCEPTABLE = of("not-acceptable", 406);
    public static final ProblemType CONFLICT = of("conflict", 409);
    public static final ProblemType CONCURRENT_MODIFICATION = of("concurrent-modification", 409);
    public static final ProblemType PRECONDITION_FAILED = of("precondition-failed", 412);
    public static final ProblemType PAYLOAD_TOO_LARGE = of("payload-too-large", 413);
    public static final ProblemType URI_TOO_LONG = of("uri-too-long", 414);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type", 415);
    public static final ProblemType TOO_MANY_REQUESTS = of("too-many-requests", 429);
    public static final ProblemType HEADERS_TOO_LARGE = of("headers-too-large", 431);
    public static final ProblemType INTERNAL = of("internal", 500);
    public static final ProblemType UPSTREAM_UNAVAILABLE = of("upstream-unavailable", 503);

    public static ProblemType of(String slug, int status) {
        return new ProblemType(slug, status);
    }

    public String uri() {
        return BASE + this.slug;
    }

    /** The message key of the title. */
    public String titleKey() {
        return "problem." + this.slug;
    }

    /** The type that fits a bare HTTP status raised by the framework (unknown path, wrong method …). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADERS_TOO_LARGE;
            case 502, 503, 504 -> UPSTREAM_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
