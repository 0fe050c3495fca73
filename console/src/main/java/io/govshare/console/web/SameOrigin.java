package io.govshare.console.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Forms are accepted only from the console's own pages: a POST whose {@code Sec-Fetch-Site} says another site, or
 * whose {@code Origin} is not this host, is refused (403) before it reaches a page (cross-site request forgery;
 * the session cookie is SameSite=Lax besides).
 */
public class SameOrigin {

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return refused();
        }
        String origin = request.getHeaderString("Origin");
        String host = request.getHeaderString(HttpHeaders.HOST);
        if (origin != null
                && !"null".equals(origin)
                && (host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host)))) {
            return refused();
        }
        return null;
    }

    private static Response refused() {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("只接受本站页面提交的表单。")
                .build();
    }
}
