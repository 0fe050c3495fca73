package io.govshare.report.api.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.pgclient.PgException;
import org.hibernate.JDBCException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.govshare.report.domain.ConflictException;
import io.govshare.report.domain.FieldError;
import io.govshare.report.domain.InvalidInputException;
import io.govshare.report.domain.NotFoundException;
import io.govshare.report.domain.PublishRefusedException;
import io.govshare.report.domain.UpstreamUnavailableException;

/** The one table from failure to status (STYLE §7): every error leaves this service as problem+json. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, HttpServerRequest request) {
        return respond(new Problem(ProblemType.VALIDATION, 400, e.getMessage(), request.path(), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(ProblemType.VALIDATION, 400, detail, request.path(), errors));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return respond(new Problem(ProblemType.NOT_FOUND, 404, e.getMessage(), request.path(), null));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, HttpServerRequest request) {
        List<FieldError> errors = e.field() == null ? null : List.of(new FieldError(e.field(), e.getMessage()));
        return respond(new Problem(ProblemType.CONFLICT, 409, e.getMessage(), request.path(), errors));
    }

    @ServerExceptionMapper
    public Response publishRefused(PublishRefusedException e, HttpServerRequest request) {
        return respond(new Problem(ProblemType.CHECKS_FAILED, 409, e.getMessage(), request.path(), null)
                .with("failedChecks", e.failed()));
    }

    @ServerExceptionMapper
    public Response upstreamUnavailable(UpstreamUnavailableException e, HttpServerRequest request) {
        return respond(new Problem(
                        ProblemType.UPSTREAM_UNAVAILABLE,
                        e.status(),
                        e.getMessage() + "; nothing was stored",
                        request.path(),
                        null)
                .with("service", e.service()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        Problem problem =
                new Problem(ProblemType.UNAUTHORIZED, 401, "a valid bearer token is required", request.path(), null);
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(PROBLEM_JSON)
                .entity(problem)
                .build();
    }

    /** The token could not be checked because the OIDC provider does not answer: not the caller's fault. */
    @ServerExceptionMapper
    public Response identityProviderDown(OIDCException e, HttpServerRequest request) {
        Log.warnf("cannot verify a token for %s %s: %s", request.method(), request.path(), e.getMessage());
        return Response.status(503)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .type(PROBLEM_JSON)
                .entity(new Problem(
                                ProblemType.UPSTREAM_UNAVAILABLE,
                                503,
                                "the identity provider cannot be reached; try again later",
                                request.path(),
                                null)
                        .with("service", "oidc"))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(new Problem(
                ProblemType.FORBIDDEN, 403, "your roles do not allow this operation", request.path(), null));
    }

    @ServerExceptionMapper({MismatchedInputException.class, JsonProcessingException.class})
    public Response malformedBody(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping.getPath());
            String message = e instanceof InvalidFormatException format
                            && format.getTargetType() != null
                            && format.getTargetType().isEnum()
                    ? "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants())
                    : "has the wrong type or format";
            return respond(new Problem(
                    ProblemType.VALIDATION,
                    400,
                    field + " " + message,
                    request.path(),
                    List.of(new FieldError(field, message))));
        }
        return respond(
                new Problem(ProblemType.MALFORMED, 400, "the request body is not valid JSON", request.path(), null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedBody(json, request);
        }
        if (e.getCause() instanceof InvalidInputException invalid) {
            // a query or path parameter that could not be converted (JAX-RS would answer 404)
            return invalidInput(invalid, request);
        }
        if (status == 401) {
            return unauthorized(e, request);
        }
        String detail = status == 404 ? "no such resource" : e.getMessage();
        return respond(new Problem(ProblemType.forStatus(status), status, detail, request.path(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (isUniqueViolation(e)) {
            return respond(new Problem(
                    ProblemType.CONFLICT,
                    409,
                    "the object was created concurrently; it exists now",
                    request.path(),
                    null));
        }
        Log.errorf(e, "unexpected failure on %s %s", request.method(), request.path());
        return respond(new Problem(
                ProblemType.INTERNAL, 500, "an unexpected error occurred; it has been logged", request.path(), null));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.getStatus())
                .type(PROBLEM_JSON)
                .entity(problem)
                .build();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof JDBCException jdbc && UNIQUE_VIOLATION.equals(jdbc.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
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

    private static String pathOf(List<JsonMappingException.Reference> path) {
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
