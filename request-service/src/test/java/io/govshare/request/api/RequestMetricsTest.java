package io.govshare.request.api;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.request.CatalogStub;
import io.govshare.request.CatalogWireMock;
import io.govshare.request.service.RequestMetrics;

import static io.govshare.request.api.ImportItems.batch;
import static io.govshare.request.api.ImportItems.event;
import static io.govshare.request.api.ImportItems.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow gauges of k8s/README.md ("Metrics the services expose"): {@code govshare_requests_open} per status and
 * {@code govshare_requests_overdue}, as /q/metrics shows them once they have been read from the database again (the
 * service does that every minute; the test calls the same refresh).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class RequestMetricsTest {

    @Inject
    RequestMetrics metrics;

    private static final String SUBMITTED = "govshare_requests_open{status=\"SUBMITTED\"}";
    private static final String ACCEPTED = "govshare_requests_open{status=\"ACCEPTED\"}";
    private static final String REVIEWED = "govshare_requests_open{status=\"REVIEWED\"}";
    private static final String OVERDUE = "govshare_requests_overdue";

    @Test
    void openRequestsPerStatus_andTheOverdueOnes_areTheGauges() {
        this.metrics.refresh().await().indefinitely();
        double submitted = Metrics.value(SUBMITTED);
        double accepted = Metrics.value(ACCEPTED);
        double reviewed = Metrics.value(REVIEWED);
        double overdue = Metrics.value(OVERDUE);

        Fixtures.Setup setup = Fixtures.setup();
        Fixtures.submitted(setup);
        String toAccept = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), toAccept, "accept", null).statusCode(200);
        String signed = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), signed, "accept", null).statusCode(200);
        Fixtures.act(setup.providerReviewer(), signed, "review", null).statusCode(200);
        Fixtures.act(setup.providerSigner(), signed, "sign", null).statusCode(200);
        // submitted in 2022 and never answered: open and long past its deadline
        ImportItems.post(batch(List.of(item(
                        CatalogStub.uniqueCode("metrics"),
                        setup.applicant(),
                        setup.resource(),
                        event("SUBMIT", "2022-09-01T09:00:00+08:00")))))
                .statusCode(200);

        this.metrics.refresh().await().indefinitely();

        assertThat(Metrics.value(SUBMITTED)).isEqualTo(submitted + 2);
        assertThat(Metrics.value(ACCEPTED)).isEqualTo(accepted + 1);
        assertThat(Metrics.value(REVIEWED)).isEqualTo(reviewed);
        assertThat(Metrics.value(OVERDUE)).isEqualTo(overdue + 1);
    }
}
