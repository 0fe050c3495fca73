package io.govshare.request.api.problem;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem before it is read;
 * the HTTP layer's own check would close the connection with an empty 413.
 */
@Singleton
public class BodyLimitFilter {

    private final long maxBodySize;
    private final ObjectMapper json;

    public BodyLimitFilter(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(
                context -> {
                    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length != null && isLarger(length)) {
                        Problem problem = new Problem(
                                ProblemType.PAYLOAD_TOO_LARGE,
                                413,
                                "the body is larger than " + this.maxBodySize + " bytes; split the batch",
                                context.request().path(),
                                null);
                        context.response()
                                .setStatusCode(413)
                                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                                .putHeader(HttpHeaders.CONNECTION, "close")
                                .end(write(problem));
                        return;
                    }
                    context.next();
                },
                100);
    }

    private boolean isLarger(String length) {
        try {
            return Long.parseLong(length.trim()) > this.maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String write(Problem problem) {
        try {
            return this.json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
