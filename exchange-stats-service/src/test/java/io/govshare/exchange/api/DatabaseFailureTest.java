package io.govshare.exchange.api;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.govshare.exchange.CatalogWireMock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The database ends the service's session in the middle of a batch (as a database restart or failover would): the
 * batch is answered 503 and nothing of it is counted; posted again it is stored once.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class DatabaseFailureTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void post_answers503AndStoresNothing_whenTheDatabaseDropsTheSession_thenARepostStoresOnce() throws Exception {
        String p = Fixtures.organization("PROVINCIAL");
        String c = Fixtures.organization("COUNTY");
        for (int attempt = 1; attempt <= 3; attempt++) {
            YearMonth month = Fixtures.uniqueMonth();
            List<String> lines = new ArrayList<>();
            long calls = 0;
            for (int i = 0; i < 100_000; i++) {
                lines.add(Fixtures.csv(
                        "db-" + month + "-" + i,
                        Fixtures.at(month, 1 + i % 28, i % 24),
                        p,
                        c,
                        "r" + i % 50,
                        1 + i % 9));
                calls += 1 + i % 9;
            }
            String body = Fixtures.csvBody(lines);
            String token = Fixtures.gateway();
            CompletableFuture<Response> post = CompletableFuture.supplyAsync(() -> given().auth()
                    .oauth2(token)
                    .contentType("text/csv")
                    .body(body)
                    .post(Fixtures.RECORDS));
            boolean terminated = false;
            while (!post.isDone() && !terminated) {
                terminated = terminateBatchSession();
                Thread.sleep(5);
            }
            Response answer = post.get();
            if (!terminated) {
                continue; // the batch was faster than the poll; try a new one
            }
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.jsonPath().getString("type"))
                    .isEqualTo("https://govshare.io/problems/upstream-unavailable");
            // the one shape of common/: the member `service` names what failed, and Retry-After is 10 s
            assertThat(answer.jsonPath().getString("service")).isEqualTo("database");
            assertThat(answer.header("Retry-After")).isEqualTo("10");
            Fixtures.summary(month).body("total", equalTo(0));
            Fixtures.post("text/csv", body)
                    .statusCode(200)
                    .body("stored", equalTo(100_000))
                    .body("duplicates", equalTo(0));
            Fixtures.post("text/csv", body).statusCode(200).body("stored", equalTo(0));
            Fixtures.summary(month).body("total", equalTo((int) calls));
            Fixtures.organizationStats(c, month).body("used", equalTo((int) calls));
            return;
        }
        throw new AssertionError("three batches finished before their session could be terminated");
    }

    /**
     * Terminates the session storing a batch, if one is in the batch's transaction now: it has written (a transaction
     * id) and is not committing. The batch's own statements are short (its aggregates are a few dozen month rows), so
     * the probe takes any of them, not only a {@code COPY}.
     */
    private boolean terminateBatchSession() throws Exception {
        try (Connection connection = this.dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select pg_terminate_backend(pid) from pg_stat_activity
                        where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'
                          and backend_xid is not null and query not ilike 'commit%'""")) {
            return rs.next();
        }
    }
}
