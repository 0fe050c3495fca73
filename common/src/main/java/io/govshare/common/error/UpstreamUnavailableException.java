package io.govshare.common.error;

import java.util.List;

/**
 * Another service (or the identity provider, or the database) cannot give what this request needs:
 * 503 {@code upstream-unavailable} with {@code Retry-After}, or 502 when it refused the call; the extension member
 * {@code service} names it. The one shape for every service.
 */
public class UpstreamUnavailableException extends ProblemException {

    /** Seconds a client waits before it tries again after a 503. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private final String service;

    private UpstreamUnavailableException(String service, int status, Text detail) {
        super(ProblemType.UPSTREAM_UNAVAILABLE, status, detail, List.of());
        this.service = service;
        with("service", service);
        if (status == 503) {
            retryAfter(RETRY_AFTER_SECONDS);
        }
    }

    /** The service does not answer, is too slow or fails (5xx): 503. */
    public static UpstreamUnavailableException unreachable(String service) {
        return new UpstreamUnavailableException(service, 503, Text.of(CommonMessages.UPSTREAM_DOWN, service));
    }

    /** The service refused the call (4xx that the caller cannot fix): 502. */
    public static UpstreamUnavailableException refused(String service, int upstreamStatus) {
        return new UpstreamUnavailableException(
                service, 502, Text.of(CommonMessages.UPSTREAM_REFUSED, service, upstreamStatus));
    }

    /** Refused, or answered what the caller cannot read, with its own detail (status 502). */
    public static UpstreamUnavailableException refused(String service, Text detail) {
        return new UpstreamUnavailableException(service, 502, detail);
    }

    /** With its own detail (status 503). */
    public static UpstreamUnavailableException of(String service, Text detail) {
        return new UpstreamUnavailableException(service, 503, detail);
    }

    public String service() {
        return this.service;
    }
}
