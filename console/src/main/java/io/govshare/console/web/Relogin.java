package io.govshare.console.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * An expired session (docs/console.md, "Login"): the session cookies are dropped and the browser is sent to the
 * page it was on (with what the user typed in the query, where a form was posted), which asks for a new login
 * and comes back to it. A second refusal within a minute is shown as an error instead, so that a token the
 * services never accept cannot loop the browser through the login.
 */
public final class Relogin {

    static final String MARKER = "govshare_relogin";

    private Relogin() {}

    /** True when the browser was sent through a new login less than a minute ago. */
    public static boolean justTried(HttpHeaders headers) {
        return headers.getCookies().containsKey(MARKER);
    }

    /** 303 to {@code target} (path and query of this console) without the session cookies. */
    public static Response to(String target, HttpHeaders headers) {
        List<NewCookie> cookies = new ArrayList<>();
        for (Map.Entry<String, Cookie> cookie : headers.getCookies().entrySet()) {
            if (cookie.getKey().startsWith("q_session")) {
                cookies.add(expired(cookie.getKey()));
            }
        }
        cookies.add(new NewCookie.Builder(MARKER)
                .value("1")
                .path("/")
                .maxAge(60)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build());
        return Response.seeOther(URI.create(target))
                .cookie(cookies.toArray(NewCookie[]::new))
                .build();
    }

    /** Drops the marker once a page rendered with a working session. */
    public static NewCookie clearMarker() {
        return expired(MARKER);
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
