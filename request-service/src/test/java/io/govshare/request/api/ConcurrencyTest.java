package io.govshare.request.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.govshare.request.CatalogWireMock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two people acting on one request at once: exactly one succeeds, the other gets 409, and the history has exactly
 * one event of the action. Repeated over several requests so that both races (the second reads before or after the
 * first commits) are exercised.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class ConcurrencyTest {

    private static final int ROUNDS = 8;
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static Response post(String token, String id, String action, String ifMatch, String comment) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.body("{\"comment\":\"" + comment + "\"}").post(Fixtures.PATH + "/" + id + "/" + action);
    }

    /** Runs both calls at the same moment and returns their responses. */
    private static List<Response> together(Callable<Response> first, Callable<Response> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Response> a = pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return first.call();
        });
        Future<Response> b = pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return second.call();
        });
        return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
    }

    @Test
    void twoReviewersAcceptingAtOnce_withIfMatch_oneSucceedsAndOneGets409() throws Exception {
        Fixtures.Setup setup = Fixtures.setup();
        for (int round = 0; round < ROUNDS; round++) {
            String id = Fixtures.submitted(setup);
            List<Response> responses = together(
                    () -> post(setup.providerReviewer(), id, "accept", "\"0\"", "甲"),
                    () -> post(setup.providerReviewer(), id, "accept", "\"0\"", "乙"));

            assertOneWinner(responses);
            Fixtures.read(setup.providerReviewer(), id)
                    .statusCode(200)
                    .body("version", equalTo(1))
                    .body("history.action", contains("SUBMIT", "ACCEPT"));
        }
    }

    @Test
    void twoReviewersAcceptingAtOnce_withoutIfMatch_oneSucceedsAndOneGets409() throws Exception {
        Fixtures.Setup setup = Fixtures.setup();
        for (int round = 0; round < ROUNDS; round++) {
            String id = Fixtures.submitted(setup);
            List<Response> responses = together(
                    () -> post(setup.providerReviewer(), id, "accept", null, "甲"),
                    () -> post(setup.providerReviewer(), id, "accept", null, "乙"));

            assertOneWinner(responses);
            Fixtures.read(setup.providerReviewer(), id)
                    .statusCode(200)
                    .body("history.action", contains("SUBMIT", "ACCEPT"));
        }
    }

    /** Accept and reject of the version both read: only one of them may be stored, whichever came first. */
    @Test
    void acceptAndRejectOfTheSameVersionAtOnce_storeOnlyTheWinner() throws Exception {
        Fixtures.Setup setup = Fixtures.setup();
        for (int round = 0; round < ROUNDS; round++) {
            String id = Fixtures.submitted(setup);
            List<Response> responses = together(
                    () -> post(setup.providerReviewer(), id, "accept", "\"0\"", "受理"),
                    () -> post(setup.providerReviewer(), id, "reject", "\"0\"", "驳回"));

            assertOneWinner(responses);
            String winner = responses.get(0).statusCode() == 200 ? "ACCEPT" : "REJECT";
            Fixtures.read(setup.providerReviewer(), id)
                    .statusCode(200)
                    .body("version", equalTo(1))
                    .body("history.action", contains("SUBMIT", winner));
        }
    }

    @Test
    void aStaleIfMatch_returns409WithTheCurrentVersion_andChangesNothing() {
        Fixtures.Setup setup = Fixtures.setup();
        String id = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), id, "accept", null).statusCode(200);

        post(setup.applicantUser(), id, "withdraw", "\"0\"", "撤回")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://govshare.io/problems/concurrent-modification"))
                .body("currentVersion", equalTo(1));
        post(setup.applicantUser(), id, "withdraw", "W/\"1\"", "撤回")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aMalformedIfMatch_returns400NamingIt() {
        Fixtures.Setup setup = Fixtures.setup();
        String id = Fixtures.submitted(setup);
        post(setup.providerReviewer(), id, "accept", "yesterday", "x")
                .then()
                .statusCode(400)
                .body("errors.field", contains("If-Match"));
    }

    private static void assertOneWinner(List<Response> responses) {
        List<Integer> statuses = new ArrayList<>();
        for (Response response : responses) {
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                assertThat(response.jsonPath().getString("type"))
                        .isIn(
                                "https://govshare.io/problems/concurrent-modification",
                                "https://govshare.io/problems/invalid-transition");
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }
}
