package io.govshare.console.web;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** How a page answers: rendered HTML with a status, or 303 to another page after a form. */
final class Pages {

    private Pages() {}

    static Response html(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render())
                .build();
    }

    static Response seeOther(String target) {
        return Response.seeOther(URI.create(target)).build();
    }

    /** A query parameter's value, percent-encoded. */
    static String encode(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
