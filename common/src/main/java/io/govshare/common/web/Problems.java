package io.govshare.common.web;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;
import io.govshare.common.i18n.Languages;

/** Writes problems as JAX-RS responses (the mappers) or straight to Vert.x (filters that answer before JAX-RS). */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    /** The caller's language, from {@code Accept-Language}. */
    public static Locale locale(HttpServerRequest request) {
        return Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The JAX-RS answer for a failure raised on purpose. */
    public static Response response(ProblemException e, HttpServerRequest request) {
        Response.ResponseBuilder builder = Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale(request).toLanguageTag())
                .entity(Problem.of(e, safePath(request), locale(request)));
        if (e.retryAfterSeconds() != null) {
            builder.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        if (e.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    /** The JAX-RS answer for a problem type with a detail. */
    public static Response response(ProblemType type, Text detail, HttpServerRequest request) {
        return response(new ProblemException(type, detail), request);
    }

    /** Ends a Vert.x exchange with a problem (a filter that answers before JAX-RS). */
    public static void end(RoutingContext context, ProblemException e) {
        HttpServerRequest request = context.request();
        Locale locale = locale(request);
        var response = context.response()
                .setStatusCode(e.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        if (e.retryAfterSeconds() != null) {
            response.putHeader(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds().toString());
        }
        response.end(write(Problem.of(e, safePath(request), locale)));
    }

    /** Ends a Vert.x exchange with a problem of a type. */
    public static void end(RoutingContext context, ProblemType type, Text detail) {
        end(context, new ProblemException(type, detail));
    }

    static String write(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path for {@code instance}, or null when the URI cannot even be split (it is the problem). */
    private static String safePath(HttpServerRequest request) {
        try {
            String path = request.path();
            return path == null || path.length() > 2048 ? null : path;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
