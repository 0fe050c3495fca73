package io.govshare.report.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.vertx.VertxContextSupport;
import org.junit.jupiter.api.Test;

import io.govshare.common.testing.Tokens;
import io.govshare.report.Months;
import io.govshare.report.StubServices;
import io.govshare.report.domain.ReportVersion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The scheduled draft (docs/report.md): on the configured working day the previous month's draft is built once, also
 * by two replicas at the same moment, never when the month has a version, never on another day, never published.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class ScheduledDraftTest {

    @Inject
    ScheduledDraft job;

    @Test
    void twoReplicasOnTheConfiguredDay_buildExactlyOneDraft() throws Exception {
        YearMonth month = Months.fresh();
        StubServices.serveSeed(month);
        LocalDate day = this.job.dayIn(month.plusMonths(1));
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReportVersion>> runs = new ArrayList<>();
        try {
            for (int replica = 0; replica < 2; replica++) {
                Callable<ReportVersion> run = () -> {
                    start.await();
                    // each run on a context of its own: its own session and connection, as on another replica
                    try {
                        return VertxContextSupport.subscribeAndAwait(() -> this.job.runOn(day));
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                };
                runs.add(replicas.submit(run));
            }
            start.countDown();
            List<ReportVersion> built = new ArrayList<>();
            for (Future<ReportVersion> run : runs) {
                ReportVersion version = run.get();
                if (version != null) {
                    built.add(version);
                }
            }
            assertThat(built).hasSize(1);
            assertThat(built.get(0).month()).isEqualTo(month.toString());
            assertThat(built.get(0).builtBy()).isEqualTo(BuildService.SCHEDULER);
        } finally {
            replicas.shutdownNow();
        }
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("month", month.toString())
                .get("/api/v1/reports")
                .then()
                .statusCode(200)
                .body("version", contains(1))
                .body("status", contains("DRAFT"))
                .body("checksOk", contains(true));
    }

    @Test
    void theDayAfter_orAMonthWithAVersion_buildsNothing() throws Throwable {
        YearMonth month = Months.fresh();
        StubServices.serveSeed(month);
        LocalDate day = this.job.dayIn(month.plusMonths(1));
        assertThat(VertxContextSupport.subscribeAndAwait(() -> this.job.runOn(day.plusDays(1))))
                .isNull();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> this.job.runOn(day.minusDays(1))))
                .isNull();
        given().auth()
                .oauth2(Tokens.editor())
                .post("/api/v1/reports/" + month + "/build")
                .then()
                .statusCode(201);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> this.job.runOn(day)))
                .isNull();
        given().auth()
                .oauth2(Tokens.editor())
                .queryParam("month", month.toString())
                .get("/api/v1/reports")
                .then()
                .body("size()", equalTo(1));
    }

    @Test
    void theConfiguredDay_isTheThirdWorkingDay() {
        // October 2024: the National Day holidays end on the 7th, so the 8th, 9th and 10th are the first working days
        assertThat(this.job.dayIn(YearMonth.of(2024, 10))).isEqualTo(LocalDate.of(2024, 10, 10));
    }
}
