package io.govshare.request.api.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.govshare.request.client.CatalogUnavailableException;
import io.govshare.request.domain.BatchTooLargeException;
import io.govshare.request.domain.ConcurrentModificationException;
import io.govshare.request.domain.FieldError;
import io.govshare.request.domain.IllegalTransitionException;
import io.govshare.request.domain.NotShareableException;

/**
 * The failures particular to request-service (STYLE §7): moves the transition table refuses, concurrent changes,
 * unshareable resources, oversized imports and an unreachable catalog. The shared kinds are in {@link ProblemMappers}.
 */
public class WorkflowProblemMappers {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, HttpServerRequest request) {
        return ProblemMappers.respond(
                new Problem(ProblemType.INVALID_TRANSITION, 409, e.getMessage(), request.path(), null)
                        .with("currentStatus", e.currentStatus())
                        .with("availableActions", e.availableActions()));
    }

    @ServerExceptionMapper
    public Response concurrentModification(ConcurrentModificationException e, HttpServerRequest request) {
        return concurrent(e, request);
    }

    @ServerExceptionMapper
    public Response notShareable(NotShareableException e, HttpServerRequest request) {
        return ProblemMappers.respond(new Problem(
                ProblemType.NOT_SHAREABLE,
                422,
                e.getMessage(),
                request.path(),
                List.of(new FieldError("resourceCode", "is not shareable (不予共享)"))));
    }

    @ServerExceptionMapper
    public Response batchTooLarge(BatchTooLargeException e, HttpServerRequest request) {
        return ProblemMappers.respond(
                new Problem(ProblemType.PAYLOAD_TOO_LARGE, 413, e.getMessage(), request.path(), null));
    }

    @ServerExceptionMapper({CatalogUnavailableException.class, TimeoutException.class})
    public Response upstreamUnavailable(RuntimeException e, HttpServerRequest request) {
        Log.warnf("%s %s: catalog-service unavailable: %s", request.method(), request.path(), e.getMessage());
        return ProblemMappers.respond(new Problem(
                        ProblemType.UPSTREAM_UNAVAILABLE,
                        503,
                        "catalog-service cannot be reached; nothing was stored. Try again later.",
                        request.path(),
                        null)
                .with("upstream", "catalog-service"));
    }

    /** The 409 of a request changed by someone else first, also for the version check of the database. */
    static Response concurrent(ConcurrentModificationException e, HttpServerRequest request) {
        Problem problem = new Problem(ProblemType.CONCURRENT_MODIFICATION, 409, e.getMessage(), request.path(), null);
        if (e.currentVersion() != null) {
            problem.with("currentVersion", e.currentVersion());
        }
        return ProblemMappers.respond(problem);
    }
}
