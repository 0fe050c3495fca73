package io.govshare.request.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * Reads a POST that carries no body at all as an empty JSON body. docs/api.md gives {@code resubmit} no body and the
 * comment of the other actions is optional, but JAX-RS answers 415 to a request without a Content-Type when the
 * method takes a body parameter. The header is set on the HTTP request itself, before JAX-RS selects a method.
 */
@ApplicationScoped
public class BodilessPosts {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            var request = context.request();
            var headers = request.headers();
            if (request.method() == HttpMethod.POST
                    && !headers.contains(HttpHeaders.CONTENT_TYPE)
                    && !headers.contains(HttpHeaders.TRANSFER_ENCODING)
                    && isZeroOrAbsent(headers.get(HttpHeaders.CONTENT_LENGTH))) {
                headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
            }
            context.next();
        });
    }

    private static boolean isZeroOrAbsent(String contentLength) {
        return contentLength == null || contentLength.trim().equals("0");
    }
}
