package io.govshare.request.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.request.CatalogWireMock;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class SubmissionTest {

    @Test
    void submit_returns201InSubmitted_forConditionalResource() {
        Fixtures.Setup setup = Fixtures.setup();
        Fixtures.submit(setup.applicantUser(), setup.resource())
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("applicantOrg", equalTo(setup.applicant()))
                .body("providerOrg", equalTo(setup.provider()))
                .body("channel", equalTo("PROVINCIAL"))
                .body("history", hasSize(1));
    }
}
