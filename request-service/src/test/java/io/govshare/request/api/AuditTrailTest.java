package io.govshare.request.api;

import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogWireMock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The audit trail is append-only in the database itself: no event is changed or removed, no request removed. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class AuditTrailTest {

    @Inject
    Pool pool;

    @Test
    void eventsCannotBeChangedOrDeleted_norRequestsDeleted() {
        Fixtures.Setup setup = Fixtures.setup();
        String id = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), id, "reject", "材料不全").statusCode(200);
        Tuple request = Tuple.of(UUID.fromString(id));

        assertThatThrownBy(() -> this.pool
                        .preparedQuery("update request_event set comment = 'changed' where request_id = $1")
                        .execute(request)
                        .await()
                        .indefinitely())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> this.pool
                        .preparedQuery("delete from request_event where request_id = $1")
                        .execute(request)
                        .await()
                        .indefinitely())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> this.pool
                        .preparedQuery("delete from share_request where id = $1")
                        .execute(request)
                        .await()
                        .indefinitely())
                .hasMessageContaining("append-only");

        Fixtures.read(Tokens.admin(), id)
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("history.comment", contains(null, "材料不全"));
    }
}
