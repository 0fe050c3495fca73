package io.govshare.exchange.api;

import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Admits a batch to {@code POST /exchange-records} under its client's limits ({@link IngestLimits}) before its body
 * is read, and gives the client's place back when the answer has been sent. Every other request passes untouched,
 * so the statistics queries never wait behind a client's batches.
 */
public class IngestDoor {

    private final IngestLimits limits;
    private final CurrentIdentityAssociation identities;
    private final CurrentVertxRequest request;

    public IngestDoor(IngestLimits limits, CurrentIdentityAssociation identities, CurrentVertxRequest request) {
        this.limits = limits;
        this.identities = identities;
        this.request = request;
    }

    @ServerRequestFilter
    public Uni<Response> admit(SimpleResourceInfo resource) {
        if (resource.getResourceClass() != ExchangeRecordResource.class) {
            return Uni.createFrom().nullItem();
        }
        return this.identities.getDeferredIdentity().map(identity -> {
            if (!identity.isAnonymous()) {
                IngestLimits.Permit permit = this.limits.admit(IngestLimits.clientOf(identity));
                this.request.getCurrent().addEndHandler(ended -> permit.release());
            }
            return null;
        });
    }
}
