package io.govshare.report.api;

import java.time.YearMonth;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.report.StubServices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The metrics k8s/README.md names for report-service: the build time and the failing checks of the latest version. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ReportMetricsTest {

    @Test
    void aBuild_isTimed_andItsFailingChecksAreTheGauge() {
        long before = buildCount();
        YearMonth wrong = ReportFixtures.aMonthWhereDecidedIsWrong();
        ReportFixtures.build(wrong).statusCode(201);
        assertThat(buildCount()).isEqualTo(before + 1);
        // decided ≠ signed + rejected, and so submitted ≠ decided + …: two checks fail
        assertThat(metric("govshare_report_checks_failed")).isEqualTo(2.0);
        ReportFixtures.build(ReportFixtures.aMonthWithSeedFigures()).statusCode(201);
        assertThat(metric("govshare_report_checks_failed")).isEqualTo(0.0);
        assertThat(metric("govshare_report_build_seconds_max")).isPositive();
    }

    private static long buildCount() {
        return (long) metric("govshare_report_build_seconds_count");
    }

    private static double metric(String name) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no metric " + name);
    }
}
