package io.govshare.report.client;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.report.domain.UpstreamUnavailableException;

/** Names the service behind a failed call, so that the build's 503 says which one could not answer. */
public final class Upstream {

    private Upstream() {}

    /** The call, whose failure (after its retries) becomes an {@link UpstreamUnavailableException} naming the service. */
    public static <T> Uni<T> named(Uni<T> call, String service, String what) {
        return call.onFailure().transform(e -> unavailable(service, what, e));
    }

    static UpstreamUnavailableException unavailable(String service, String what, Throwable e) {
        if (e instanceof UpstreamUnavailableException known) {
            return known;
        }
        Log.warnf("%s failed to answer %s: %s", service, what, e.toString());
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                return new UpstreamUnavailableException(
                        service, 503, service + " answered " + status + " to " + what, e);
            }
            return new UpstreamUnavailableException(service, 502, service + " refused " + what + " with " + status, e);
        }
        if (causedBy(e, JsonProcessingException.class)) {
            return new UpstreamUnavailableException(
                    service, 502, service + " answered " + what + " in a shape that does not match DESIGN §11", e);
        }
        if (e instanceof TimeoutException
                || e instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
            return new UpstreamUnavailableException(service, 503, service + " did not answer " + what + " in time", e);
        }
        if (causedBy(e, ConnectException.class)) {
            return new UpstreamUnavailableException(service, 503, service + " cannot be reached", e);
        }
        return new UpstreamUnavailableException(service, 503, service + " could not answer " + what, e);
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
