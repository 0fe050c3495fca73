package io.govshare.report.domain;

/**
 * Another service could not give a figure (unreachable, too slow, or an error answer); the build stores nothing and
 * answers with {@link #status()} (503 when it could not be reached, 502 when it answered wrongly) naming it.
 */
public class UpstreamUnavailableException extends RuntimeException {

    private final String service;
    private final int status;

    public UpstreamUnavailableException(String service, int status, String detail, Throwable cause) {
        super(detail, cause);
        this.service = service;
        this.status = status;
    }

    /** The service that failed, e.g. {@code exchange-stats-service}. */
    public String service() {
        return this.service;
    }

    public int status() {
        return this.status;
    }
}
