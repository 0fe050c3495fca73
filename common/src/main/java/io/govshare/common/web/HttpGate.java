package io.govshare.common.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;

/**
 * The checks of the HTTP layer that would otherwise answer without a body or fail later as a 500 (docs/api.md,
 * "Input"), each answered with a problem before the request reaches CORS, security or JAX-RS:
 * <ul>
 *   <li>a request URI longer than {@code govshare.http.max-uri-length} → 414 (Netty's own limit is set far higher,
 *       so that this check answers first);
 *   <li>request headers larger than {@code govshare.http.max-header-bytes} → 431 (likewise);
 *   <li>a URI whose percent-encoding is malformed, is not UTF-8, or holds NUL or other control characters → 400;
 *   <li>a body announced larger than {@code quarkus.http.limits.max-body-size} → 413, before it is read;
 *   <li>an {@code Accept} header that cannot be read → 406; an empty one means "anything";
 *   <li>a browser origin that CORS does not allow → 403 (Quarkus' CORS filter would answer with no body);
 *   <li>a bearer token that is not a compact JWS (three base64url parts) → 401 (the OIDC layer would fail with 500);
 *   <li>a chunked body (no {@code Content-Length}) is read here with Vert.x' body handler and its limit, so that
 *       one too large is a 413 problem instead of a cut connection.
 * </ul>
 */
@Singleton
public class HttpGate {

    /** Runs before Quarkus' CORS filter (priority 300) and the security filters. */
    static final int PRIORITY = 1000;

    private static final Pattern BEARER = Pattern.compile("^[Bb][Ee][Aa][Rr][Ee][Rr] +(.*)$");
    private static final Pattern COMPACT_JWS = Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$");
    private static final int MAX_TOKEN_LENGTH = 12_000;

    private static final Pattern MEDIA_RANGE =
            Pattern.compile("^\\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)/([!#$%&'*+.^_`|~0-9A-Za-z-]+)"
                    + "(\\s*;\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+\\s*=\\s*(\"[^\"]*\"|[!#$%&'*+.^_`|~0-9A-Za-z-]+))*\\s*$");

    private final int maxUriLength;
    private final long maxHeaderBytes;
    private final long maxBodySize;
    private final Optional<List<String>> corsOrigins;
    private final boolean corsEnabled;

    public HttpGate(
            @ConfigProperty(name = "govshare.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "govshare.http.max-header-bytes", defaultValue = "16384") long maxHeaderBytes,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean corsEnabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> corsOrigins) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodySize = maxBodySize.asLongValue();
        this.corsEnabled = corsEnabled;
        this.corsOrigins = corsOrigins;
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    private final BodyHandler chunkedBodies;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    /**
     * Answers the failures Vert.x raises before any handler of ours with a problem: a path or query it cannot
     * decode (400), a chunked body over the limit (413, the rest of the body is read and dropped so that the client
     * sees the answer).
     */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            int status = context.statusCode();
            if (context.failure() != null || context.response().ended() || status < 400 || status >= 500) {
                context.next();
            } else if (status == 413) {
                Problems.end(context, tooLarge());
            } else {
                Problems.end(context, badUri("it cannot be decoded"));
            }
        });
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<ProblemException> refused = uri(request.uri())
                .or(() -> headers(request.headers()))
                .or(() -> body(request.headers()))
                .or(() -> accept(request.headers()))
                .or(() -> origin(request))
                .or(() -> bearer(request));
        if (refused.isPresent()) {
            if (refused.get().status() != 401) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
            } else {
                context.response().putHeader("WWW-Authenticate", "Bearer");
            }
            Problems.end(context, refused.get());
            return;
        }
        if (isChunkedBody(request)) {
            this.chunkedBodies.handle(context);
            return;
        }
        context.next();
    }

    /** A bearer token that cannot be a JWT is refused before the OIDC layer parses it. */
    Optional<ProblemException> bearer(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String path = request.path();
        if (authorization == null || path == null || path.startsWith("/q/")) {
            return Optional.empty();
        }
        Matcher bearer = BEARER.matcher(authorization);
        if (!bearer.matches()) {
            return Optional.empty();
        }
        String token = bearer.group(1).trim();
        if (token.length() > MAX_TOKEN_LENGTH || !COMPACT_JWS.matcher(token).matches()) {
            return Optional.of(new ProblemException(ProblemType.UNAUTHORIZED, Text.of(CommonMessages.TOKEN_REQUIRED)));
        }
        return Optional.empty();
    }

    private static boolean isChunkedBody(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private ProblemException tooLarge() {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE, Text.of(CommonMessages.BODY_TOO_LARGE, this.maxBodySize));
    }

    Optional<ProblemException> uri(String uri) {
        if (uri == null) {
            return Optional.of(badUri("no URI"));
        }
        if (uri.length() > this.maxUriLength) {
            return Optional.of(new ProblemException(
                    ProblemType.URI_TOO_LONG, Text.of(CommonMessages.URI_TOO_LONG, this.maxUriLength)));
        }
        return UriCheck.problem(uri).map(HttpGate::badUri);
    }

    Optional<ProblemException> headers(MultiMap headers) {
        long size = 0;
        for (var header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        if (size > this.maxHeaderBytes) {
            return Optional.of(new ProblemException(
                    ProblemType.HEADERS_TOO_LARGE, Text.of(CommonMessages.HEADERS_TOO_LARGE, this.maxHeaderBytes)));
        }
        return Optional.empty();
    }

    Optional<ProblemException> body(MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        long announced;
        try {
            announced = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Optional.of(new ProblemException(ProblemType.BAD_REQUEST, Text.of(CommonMessages.BAD_REQUEST)));
        }
        if (announced > this.maxBodySize) {
            return Optional.of(tooLarge());
        }
        return Optional.empty();
    }

    /** An unreadable Accept is refused; an empty one is removed (it would otherwise fail content negotiation). */
    Optional<ProblemException> accept(MultiMap headers) {
        List<String> values = headers.getAll(HttpHeaders.ACCEPT);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.stream().allMatch(String::isBlank)) {
            headers.remove(HttpHeaders.ACCEPT);
            return Optional.empty();
        }
        for (String value : values) {
            for (String range : value.split(",", -1)) {
                if (!range.isBlank() && !MEDIA_RANGE.matcher(range).matches()) {
                    return Optional.of(
                            new ProblemException(ProblemType.NOT_ACCEPTABLE, Text.of(CommonMessages.BAD_ACCEPT)));
                }
            }
        }
        return Optional.empty();
    }

    /** A browser call from an origin CORS does not allow (a same-origin call is always fine). */
    Optional<ProblemException> origin(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (!this.corsEnabled || origin == null || isSameOrigin(origin, request)) {
            return Optional.empty();
        }
        Set<String> allowed = Set.copyOf(this.corsOrigins.orElse(List.of()));
        if (allowed.contains("*") || allowed.contains(origin)) {
            return Optional.empty();
        }
        String shown = origin.length() > 200 ? origin.substring(0, 200) : origin;
        return Optional.of(
                new ProblemException(ProblemType.FORBIDDEN, Text.of(CommonMessages.ORIGIN_NOT_ALLOWED, shown)));
    }

    private static boolean isSameOrigin(String origin, HttpServerRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static ProblemException badUri(String why) {
        return new ProblemException(ProblemType.BAD_REQUEST, Text.of(CommonMessages.BAD_URI, why));
    }

    /** Percent-encoding that decodes to valid UTF-8 text without control characters. */
    static final class UriCheck {

        private UriCheck() {}

        /** Why the URI is refused, or empty. */
        static Optional<String> problem(String uri) {
            byte[] bytes = new byte[uri.length()];
            int length = 0;
            for (int i = 0; i < uri.length(); i++) {
                char c = uri.charAt(i);
                if (c == '%') {
                    if (i + 2 >= uri.length() || hex(uri.charAt(i + 1)) < 0 || hex(uri.charAt(i + 2)) < 0) {
                        return Optional.of("malformed percent-encoding at position " + i);
                    }
                    bytes[length++] = (byte) (hex(uri.charAt(i + 1)) * 16 + hex(uri.charAt(i + 2)));
                    i += 2;
                } else if (c < 0x20 || c == 0x7f || c > 0x7e) {
                    return Optional.of("a character that must be percent-encoded at position " + i);
                } else {
                    bytes[length++] = (byte) c;
                }
            }
            CharBuffer decoded;
            try {
                CharsetDecoder decoder = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                decoded = decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            } catch (CharacterCodingException e) {
                return Optional.of("percent-encoded bytes that are not UTF-8");
            }
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                if (c == 0) {
                    return Optional.of("the NUL character (U+0000)");
                }
                if (c < 0x20 || c == 0x7f) {
                    return Optional.of("a control character");
                }
            }
            return Optional.empty();
        }

        private static int hex(char c) {
            return Character.digit(c, 16);
        }
    }
}
