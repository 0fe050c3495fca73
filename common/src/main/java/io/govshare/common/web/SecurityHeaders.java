package io.govshare.common.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The response headers of every answer (docs/security.md, "Headers"): {@code X-Content-Type-Options: nosniff} and
 * {@code Referrer-Policy: no-referrer} everywhere; {@code Cache-Control: no-store} on the API (its answers are
 * authenticated data) unless the resource set its own; a Content-Security-Policy that allows no script: for HTML
 * (the report) styles and images inline and {@code frame-ancestors} from {@code govshare.http.frame-ancestors} (the
 * provincial portal may embed the report), for everything else nothing at all. Quarkus' own pages under {@code /q/}
 * (Swagger UI needs its scripts) keep their headers. An application whose HTML pages need more (the console runs
 * its own script files) sets its HTML policy in {@code govshare.http.html-policy}; {@code frame-ancestors} is added
 * to it all the same. A resource that sets its own Content-Security-Policy keeps it.
 */
@Singleton
public class SecurityHeaders {

    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:;"
            + " base-uri 'none'; form-action 'none';";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final String htmlPolicy;

    public SecurityHeaders(
            @ConfigProperty(name = "govshare.http.frame-ancestors", defaultValue = "'none'") String frameAncestors,
            @ConfigProperty(name = "govshare.http.html-policy", defaultValue = HTML_POLICY) String htmlPolicy) {
        String policy = htmlPolicy.strip();
        this.htmlPolicy = (policy.endsWith(";") ? policy : policy + ";") + " frame-ancestors " + frameAncestors;
    }

    void register(@Observes Filters filters) {
        filters.register(this::add, HttpGate.PRIORITY + 1);
    }

    void add(RoutingContext context) {
        String path = context.request().path();
        boolean quarkusPage = path != null && path.startsWith("/q/");
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = response.headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            if (quarkusPage) {
                return;
            }
            if (!headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", policyFor(headers.get("Content-Type")));
            }
        });
        context.next();
    }

    String policyFor(String contentType) {
        if (contentType != null && contentType.toLowerCase().startsWith("text/html")) {
            return this.htmlPolicy;
        }
        return API_POLICY;
    }
}
