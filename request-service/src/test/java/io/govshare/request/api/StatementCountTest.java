package io.govshare.request.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.govshare.request.CatalogWireMock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The SQL a submission, a resubmission and a page of the inbox send, counted from Hibernate's statement log (BEGIN
 * and COMMIT are not statements of it). A submission inserts the request and its first event and answers what it
 * wrote, without reading it back (issue 11, item 7: it was four statements, two of them reading the request and its
 * history again); a page is one query and one count, whatever it holds.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
class StatementCountTest {

    private final Statements statements = new Statements();
    private final Logger sql = Logger.getLogger("org.hibernate.SQL");
    private Level level;

    @BeforeEach
    void listen() {
        this.level = this.sql.getLevel();
        this.sql.setLevel(Level.FINE);
        this.sql.addHandler(this.statements);
    }

    @AfterEach
    void stopListening() {
        this.sql.removeHandler(this.statements);
        this.sql.setLevel(this.level);
    }

    @Test
    void aSubmissionSendsOnlyItsTwoInserts() {
        Fixtures.Setup setup = Fixtures.setup();
        this.statements.clear();
        Fixtures.submit(setup.applicantUser(), setup.resource())
                .statusCode(201)
                .body("history", hasSize(1))
                .body("availableActions", contains("WITHDRAW"));
        List<String> sent = this.statements.sent();
        System.out.printf("SQL statements per submit: %d %s%n", sent.size(), sent);
        assertThat(sent)
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("insert into share_request "),
                        second -> assertThat(second).startsWith("insert into request_event "));
    }

    @Test
    void aResubmissionReadsOnlyWhatItChecks_andWritesTwoRows() {
        Fixtures.Setup setup = Fixtures.setup();
        String id = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), id, "reject", "材料不全").statusCode(200);
        this.statements.clear();
        Fixtures.act(setup.applicantUser(), id, "resubmit", null)
                .statusCode(201)
                .body("resubmissionOf", equalTo(id))
                .body("history.action", contains("RESUBMIT"));
        List<String> sent = this.statements.sent();
        System.out.printf("SQL statements per resubmit: %d %s%n", sent.size(), sent);
        // the request resubmitted and whether it was taken up already; then the two inserts
        assertThat(sent).hasSize(4).noneMatch(statement -> statement.contains("from request_event"));
        assertThat(sent.subList(2, 4)).allMatch(statement -> statement.startsWith("insert"));
    }

    @Test
    void aPageOfTheInboxIsOneQueryAndOneCount() {
        Fixtures.Setup setup = Fixtures.setup();
        Fixtures.submitted(setup);
        Fixtures.submitted(setup);
        this.statements.clear();
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(setup.providerReviewer())
                .queryParam("actionable", true)
                .queryParam("sort", "deadline")
                .get(Fixtures.PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.availableActions", everyItem(contains("ACCEPT", "REJECT")));
        List<String> sent = this.statements.sent();
        System.out.printf("SQL statements per inbox page: %d %s%n", sent.size(), sent);
        assertThat(sent).hasSize(2).allMatch(statement -> statement.startsWith("select"));
        assertThat(sent).filteredOn(statement -> statement.contains("count(")).hasSize(1);
    }

    /** Collects the statements Hibernate logs. */
    static final class Statements extends Handler {

        private final List<String> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message != null) {
                this.records.add(message.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
            }
        }

        List<String> sent() {
            return List.copyOf(this.records);
        }

        void clear() {
            this.records.clear();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
