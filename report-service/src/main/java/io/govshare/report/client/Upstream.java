package io.govshare.report.client;

import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.common.error.Text;
import io.govshare.common.error.UpstreamUnavailableException;
import io.govshare.report.domain.ReportMessages;

/**
 * Names the service and the figure group behind a failed call, so that the build's 502 or 503 says which service
 * could not answer what (docs/api.md, "Errors": 502 when it refused or answered what cannot be read, 503 otherwise).
 */
public final class Upstream {

    private Upstream() {}

    /** The call, whose failure (after its retries) becomes an {@link UpstreamUnavailableException} naming the service. */
    public static <T> Uni<T> named(Uni<T> call, String service, String figure) {
        return call.onFailure().transform(e -> unavailable(service, figure, e));
    }

    static UpstreamUnavailableException unavailable(String service, String figure, Throwable e) {
        if (e instanceof UpstreamUnavailableException known) {
            return known;
        }
        Log.warnf("%s failed to answer for %s: %s", service, figure, e.toString());
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return status >= 500
                    ? UpstreamUnavailableException.of(
                            service, Text.of(ReportMessages.UPSTREAM_FAILED, service, figure, status))
                    : UpstreamUnavailableException.refused(
                            service, Text.of(ReportMessages.UPSTREAM_REFUSED, service, figure, status));
        }
        if (causedBy(e, JsonProcessingException.class)) {
            return UpstreamUnavailableException.refused(
                    service, Text.of(ReportMessages.UPSTREAM_SHAPE, service, figure));
        }
        if (e instanceof TimeoutException
                || e instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
            return UpstreamUnavailableException.of(service, Text.of(ReportMessages.UPSTREAM_LATE, service, figure));
        }
        return UpstreamUnavailableException.of(service, Text.of(ReportMessages.UPSTREAM_UNREACHABLE, service, figure));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
