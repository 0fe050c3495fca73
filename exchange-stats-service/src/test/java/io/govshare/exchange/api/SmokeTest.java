package io.govshare.exchange.api;

import java.time.YearMonth;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.exchange.CatalogWireMock;

import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class SmokeTest {

    @Test
    void smoke() {
        YearMonth month = Fixtures.uniqueMonth();
        String p = Fixtures.organization("PROVINCIAL");
        String c = Fixtures.organization("COUNTY");
        Fixtures.postCsv(List.of(
                        Fixtures.csv("a1", Fixtures.at(month, 3, 10), p, c, "r1", 5),
                        Fixtures.csv("a2", Fixtures.at(month, 4, 10), p, c, "r1", 7)))
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("received", equalTo(2))
                .body("stored", equalTo(2));
        Fixtures.summary(month).log().all().statusCode(200).body("total", equalTo(12));
    }
}
