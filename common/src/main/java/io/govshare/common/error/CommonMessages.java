package io.govshare.common.error;

/** The messages of {@code messages/common*.properties}: the texts every service shares. */
public enum CommonMessages implements MessageKey {
    // problem details
    INVALID_INPUT("detail.invalid-input"),
    INVALID_FIELDS("detail.invalid-fields"),
    NOT_FOUND("detail.not-found"),
    NO_SUCH_PATH("detail.no-such-path"),
    TOKEN_REQUIRED("detail.token-required"),
    ROLES_DO_NOT_ALLOW("detail.roles-do-not-allow"),
    IDENTITY_PROVIDER_DOWN("detail.identity-provider-down"),
    UPSTREAM_DOWN("detail.upstream-down"),
    UPSTREAM_REFUSED("detail.upstream-refused"),
    DATABASE_DOWN("detail.database-down"),
    CREATED_CONCURRENTLY("detail.created-concurrently"),
    CHANGED_CONCURRENTLY("detail.changed-concurrently"),
    NOT_JSON("detail.not-json"),
    DUPLICATE_KEY("detail.duplicate-key"),
    TOO_DEEP("detail.too-deep"),
    TOO_BIG("detail.too-big"),
    BODY_TOO_LARGE("detail.body-too-large"),
    URI_TOO_LONG("detail.uri-too-long"),
    HEADERS_TOO_LARGE("detail.headers-too-large"),
    BAD_URI("detail.bad-uri"),
    BAD_ACCEPT("detail.bad-accept"),
    NOT_ACCEPTABLE("detail.not-acceptable"),
    UNSUPPORTED_MEDIA_TYPE("detail.unsupported-media-type"),
    METHOD_NOT_ALLOWED("detail.method-not-allowed"),
    ORIGIN_NOT_ALLOWED("detail.origin-not-allowed"),
    BAD_REQUEST("detail.bad-request"),
    TOO_MANY_REQUESTS("detail.too-many-requests"),
    INTERNAL("detail.internal"),
    // field messages
    REQUIRED("field.required"),
    WRONG_TYPE("field.wrong-type"),
    ONE_OF("field.one-of"),
    MONTH("field.month"),
    MONTH_RANGE("field.month-range"),
    DATE("field.date"),
    DATE_RANGE("field.date-range"),
    INSTANT("field.instant"),
    UUID("field.uuid"),
    WHOLE_NUMBER("field.whole-number"),
    NUMBER_RANGE("field.number-range"),
    BOOLEAN("field.boolean"),
    CODE("field.code"),
    NUL("field.nul"),
    SURROGATE("field.surrogate"),
    CONTROL("field.control"),
    TOO_LONG("field.too-long"),
    PAGE_TOO_FAR("field.page-too-far"),
    PAGE_SIZE("field.page-size"),
    UNKNOWN_FIELD("field.unknown"),
    // names of things in details ("no such {0} '{1}'")
    THING_REQUEST_PATH("thing.path");

    private final String key;

    CommonMessages(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return this.key;
    }
}
