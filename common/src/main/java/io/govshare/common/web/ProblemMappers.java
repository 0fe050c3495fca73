package io.govshare.common.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.FieldError;
import io.govshare.common.error.InvalidInputException;
import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;
import io.govshare.common.error.UpstreamUnavailableException;

/**
 * The one table from failure to status of every service (docs/api.md, "Errors"): a {@link ProblemException} is
 * written as it says; the failures of the framework (bad JSON, Bean Validation, security, JAX-RS statuses) and of
 * the database get their fixed problem; anything else is a logged 500 without details.
 */
public class ProblemMappers {

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']{0,200})'");

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return Problems.response(e, request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.of(fieldOf(v), message(v)))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return Problems.response(new InvalidInputException(errors), request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        // an identity provider that cannot be reached surfaces as an authentication failure caused by it
        if (causeOf(e, OIDCException.class).isPresent() && isConnectionFailure(e)) {
            return identityProviderDown(e, request);
        }
        return Problems.response(ProblemType.UNAUTHORIZED, Text.of(CommonMessages.TOKEN_REQUIRED), request);
    }

    /** The token could not be checked because the OIDC provider does not answer: not the caller's fault. */
    @ServerExceptionMapper
    public Response identityProviderDown(OIDCException e, HttpServerRequest request) {
        return identityProviderDown((RuntimeException) e, request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problems.response(ProblemType.FORBIDDEN, Text.of(CommonMessages.ROLES_DO_NOT_ALLOW), request);
    }

    /** Names Jackson's own subclasses too: Quarkus has built-in mappers for some of them that answer without a problem. */
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class,
        StreamConstraintsException.class
    })
    public Response malformedBody(JsonProcessingException e, HttpServerRequest request) {
        return Problems.response(JsonProblems.of(e), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        Optional<ProblemException> inner = causeOf(e, ProblemException.class);
        if (inner.isPresent()) {
            return Problems.response(inner.get(), request);
        }
        Optional<JsonProcessingException> json = causeOf(e, JsonProcessingException.class);
        if (json.isPresent()) {
            return malformedBody(json.get(), request);
        }
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return unauthorized(e, request);
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        Text detail = Text.of(
                switch (status) {
                    case 404 -> CommonMessages.NO_SUCH_PATH;
                    case 405 -> CommonMessages.METHOD_NOT_ALLOWED;
                    case 406 -> CommonMessages.NOT_ACCEPTABLE;
                    case 413 -> CommonMessages.TOO_BIG;
                    case 415 -> CommonMessages.UNSUPPORTED_MEDIA_TYPE;
                    default -> CommonMessages.BAD_REQUEST;
                },
                "");
        return Problems.response(new ProblemException(type, status, detail, List.of()), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        Optional<ProblemException> inner = causeOf(e, ProblemException.class);
        if (inner.isPresent()) {
            return Problems.response(inner.get(), request);
        }
        Optional<ProblemException> storage = StorageFailures.classify(e);
        if (storage.isPresent()) {
            if (storage.get().status() >= 500 || storage.get().type().equals(ProblemType.BAD_REQUEST)) {
                // a 400 here means a value passed our checks that the database refuses: worth a look
                Log.warnf("database refused %s %s: %s", request.method(), request.path(), e.getMessage());
            }
            return Problems.response(storage.get(), request);
        }
        Log.errorf(e, "unexpected failure on %s %s", request.method(), request.path());
        return Problems.response(ProblemType.INTERNAL, Text.of(CommonMessages.INTERNAL), request);
    }

    private Response identityProviderDown(RuntimeException e, HttpServerRequest request) {
        Log.warnf("cannot verify a token for %s %s: %s", request.method(), request.path(), e.getMessage());
        return Problems.response(
                UpstreamUnavailableException.of("oidc", Text.of(CommonMessages.IDENTITY_PROVIDER_DOWN)), request);
    }

    private static boolean isConnectionFailure(Throwable e) {
        return causeOf(e, java.net.ConnectException.class).isPresent()
                || causeOf(e, java.util.concurrent.TimeoutException.class).isPresent()
                || String.valueOf(e.getMessage()).contains("Connection refused");
    }

    /** The Bean Validation message: our own keys ({@code {govshare.…}}) from our bundles, others as interpolated. */
    private static Text message(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{govshare.") && template.endsWith("}")) {
            return new Text(template.substring("{govshare.".length(), template.length() - 1), List.of());
        }
        return Text.of(Verbatim.INSTANCE, violation.getMessage());
    }

    /** {@code create.body.items[0].name} → {@code items[0].name}; {@code list.size} → {@code size}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null ? "" : node.getName();
                if (node.getIndex() != null && !parts.isEmpty()) {
                    int last = parts.size() - 1;
                    parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
                }
                if (!name.isEmpty() && !name.startsWith("<")) {
                    parts.add(name);
                }
            }
        }
        if (!parts.isEmpty()) {
            return String.join(".", parts);
        }
        return parameter != null ? parameter : "body";
    }

    /** The first throwable of the given type in the cause chain (and in Mutiny's composite failures). */
    static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        return Causes.find(e, type);
    }

    /** Problems of Jackson's failures: where in the body, and what is wrong there. */
    static final class JsonProblems {

        private JsonProblems() {}

        static ProblemException of(JsonProcessingException e) {
            Optional<ProblemException> inner = causeOf(e, ProblemException.class);
            if (inner.isPresent()) {
                return inner.get();
            }
            if (e instanceof RefusedTextException refused) {
                return new InvalidInputException(pathOf(refused.getPath()), refused.reason());
            }
            // databind wraps the parser's failures: look through the causes for them first
            Optional<StreamConstraintsException> limits = causeOf(e, StreamConstraintsException.class);
            if (limits.isPresent()) {
                String message = String.valueOf(limits.get().getMessage());
                return malformed(
                        message.contains("nesting depth")
                                ? Text.of(CommonMessages.TOO_DEEP, JsonHardening.MAX_NESTING_DEPTH)
                                : Text.of(CommonMessages.TOO_BIG, firstWords(message)));
            }
            Optional<JsonParseException> parse = causeOf(e, JsonParseException.class);
            if (parse.isPresent()) {
                Matcher duplicate =
                        DUPLICATE_FIELD.matcher(String.valueOf(parse.get().getOriginalMessage()));
                if (duplicate.find()) {
                    return malformed(Text.of(CommonMessages.DUPLICATE_KEY, duplicate.group(1)));
                }
                return malformed(Text.of(CommonMessages.NOT_JSON));
            }
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = pathOf(mapping.getPath());
                if (e instanceof UnrecognizedPropertyException) {
                    return new InvalidInputException(field, CommonMessages.UNKNOWN_FIELD);
                }
                if (e instanceof InvalidFormatException format
                        && format.getTargetType() != null
                        && format.getTargetType().isEnum()) {
                    return new InvalidInputException(
                            field,
                            CommonMessages.ONE_OF,
                            Arrays.toString(format.getTargetType().getEnumConstants()));
                }
                return new InvalidInputException(field, CommonMessages.WRONG_TYPE);
            }
            return malformed(Text.of(CommonMessages.NOT_JSON));
        }

        private static ProblemException malformed(Text detail) {
            return new ProblemException(ProblemType.MALFORMED_BODY, detail);
        }

        private static String firstWords(String message) {
            int end = message.indexOf(" exceeds");
            return end > 0 ? message.substring(0, end) : "";
        }

        static String pathOf(List<JsonMappingException.Reference> path) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference ref : path) {
                if (ref.getFieldName() != null) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            return field.isEmpty() ? "body" : field.toString();
        }
    }

    /** A message that is already text (Bean Validation interpolated it in the caller's language): {@code {0}}. */
    enum Verbatim implements io.govshare.common.error.MessageKey {
        INSTANCE;

        @Override
        public String key() {
            return "verbatim";
        }
    }
}
