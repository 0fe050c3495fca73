package io.govshare.request.api;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.govshare.common.testing.Tokens;
import io.govshare.request.CatalogStub;
import io.govshare.request.CatalogWireMock;
import io.govshare.request.domain.Party;
import io.govshare.request.domain.ShareRequestAction;

import static io.govshare.request.api.ImportItems.batch;
import static io.govshare.request.api.ImportItems.event;
import static io.govshare.request.api.ImportItems.item;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The inbox of docs/api.md: {@code actionable=true} lists exactly the requests on which the caller can take a
 * provider's action now (accept, review, sign, reject), for every role, with requests in every status; several
 * statuses, {@code dueWithinDays} and {@code sort}; every list item with the caller's {@code availableActions}.
 * Applicant A applies to provider P, whose organization is new, so that the lists hold only these requests.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CatalogWireMock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxTest {

    private static final Set<ShareRequestAction> PROVIDER_ACTIONS = EnumSet.of(
            ShareRequestAction.ACCEPT, ShareRequestAction.REVIEW, ShareRequestAction.SIGN, ShareRequestAction.REJECT);

    private String applicant;
    private String provider;
    /** The request's id by its status (and "OLD": SUBMITTED in 2022, long overdue). */
    private Map<String, String> ids;

    /** Once per class; in @BeforeEach because RestAssured knows the test port only from then on. */
    @BeforeEach
    void oneRequestInEveryStatus() {
        if (this.ids != null) {
            return;
        }
        Fixtures.Setup setup = Fixtures.setup();
        this.applicant = setup.applicant();
        this.provider = setup.provider();
        String old = CatalogStub.uniqueCode("inbox");
        ImportItems.post(batch(List.of(
                        item(old, setup.applicant(), setup.resource(), event("SUBMIT", "2022-09-01T09:00:00+08:00")))))
                .statusCode(200)
                .body("imported", equalTo(1));
        String submitted = Fixtures.submitted(setup);
        String accepted = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), accepted, "accept", null).statusCode(200);
        String reviewed = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), reviewed, "accept", null).statusCode(200);
        Fixtures.act(setup.providerReviewer(), reviewed, "review", null).statusCode(200);
        String signed = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), signed, "accept", null).statusCode(200);
        Fixtures.act(setup.providerReviewer(), signed, "review", null).statusCode(200);
        Fixtures.act(setup.providerSigner(), signed, "sign", null).statusCode(200);
        String rejected = Fixtures.submitted(setup);
        Fixtures.act(setup.providerReviewer(), rejected, "reject", "材料不全").statusCode(200);
        String withdrawn = Fixtures.submitted(setup);
        Fixtures.act(setup.applicantUser(), withdrawn, "withdraw", null).statusCode(200);
        String automatic = Fixtures.submit(
                        setup.applicantUser(), CatalogStub.running().resource(setup.provider(), "UNCONDITIONAL"))
                .statusCode(201)
                .body("status", equalTo("AUTO_APPROVED"))
                .extract()
                .path("id");
        this.ids = Map.of(
                "OLD", Fixtures.imported(this.applicant, old),
                "SUBMITTED", submitted,
                "ACCEPTED", accepted,
                "REVIEWED", reviewed,
                "SIGNED", signed,
                "REJECTED", rejected,
                "WITHDRAWN", withdrawn,
                "AUTO_APPROVED", automatic);
    }

    private List<String> ids(String... keys) {
        return java.util.Arrays.stream(keys).map(this.ids::get).toList();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).queryParam("size", 500);
    }

    /** Every role there is, on the provider's side, on the applicant's, on neither, and the platform admin. */
    private Map<String, String> callers() {
        String stranger = CatalogStub.running().organization("PROVINCIAL");
        return Map.of(
                "provider's reviewer", Tokens.department(this.provider, "dept-reviewer"),
                "provider's signer", Tokens.department(this.provider, "dept-signer"),
                "provider's user", Tokens.department(this.provider, "dept-user"),
                "provider with every role",
                        Tokens.department(this.provider, "dept-user", "dept-reviewer", "dept-signer"),
                "applicant with every role",
                        Tokens.department(this.applicant, "dept-user", "dept-reviewer", "dept-signer"),
                "stranger with every role", Tokens.department(stranger, "dept-user", "dept-reviewer", "dept-signer"),
                "platform admin", Tokens.admin());
    }

    private Set<String> expectedInbox(String caller) {
        return Set.copyOf(
                switch (caller) {
                    case "provider's reviewer" -> ids("OLD", "SUBMITTED", "ACCEPTED");
                    case "provider's signer" -> ids("REVIEWED");
                    case "provider with every role", "platform admin" ->
                        ids("OLD", "SUBMITTED", "ACCEPTED", "REVIEWED");
                    default -> List.of();
                });
    }

    @Test
    void actionable_listsExactlyTheRequestsOnWhichTheCallerHasAProviderAction_forEveryRole() {
        callers().forEach((caller, token) -> {
            // the admin's inbox holds every open request of the platform: narrowed to this provider's
            List<String> inbox = as(token)
                    .queryParam("actionable", true)
                    .queryParam("providerOrg", this.provider)
                    .get(Fixtures.PATH)
                    .then()
                    .statusCode(200)
                    .body("items.availableActions", everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty())))
                    .extract()
                    .path("items.id");
            assertThat(Set.copyOf(inbox)).as(caller).isEqualTo(expectedInbox(caller));
            assertThat(Set.copyOf(inbox))
                    .as(caller + ", as its availableActions say")
                    .isEqualTo(withProviderAction(token));
        });
    }

    /** The requests of the provider the caller sees whose availableActions (of the detail) hold a provider action. */
    private Set<String> withProviderAction(String token) {
        return this.ids.values().stream()
                .filter(id -> {
                    var response = Fixtures.read(token, id).extract().response();
                    if (response.statusCode() != 200) {
                        return false;
                    }
                    List<String> actions = response.path("availableActions");
                    return actions.stream()
                            .map(ShareRequestAction::valueOf)
                            .anyMatch(action -> action.party() == Party.PROVIDER);
                })
                .collect(Collectors.toSet());
    }

    @Test
    void everyListItem_carriesTheCallersAvailableActions_asTheDetailDoes() {
        for (String token : List.of(
                Tokens.department(this.provider, "dept-reviewer", "dept-signer"),
                Tokens.department(this.applicant, "dept-user"))) {
            List<Map<String, Object>> items = as(token)
                    .get(Fixtures.PATH)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items");
            assertThat(items).hasSize(8);
            for (Map<String, Object> item : items) {
                List<String> detail = Fixtures.read(token, (String) item.get("id"))
                        .statusCode(200)
                        .extract()
                        .path("availableActions");
                assertThat(item.get("availableActions"))
                        .as(item.get("status").toString())
                        .isEqualTo(detail);
                assertThat(item.get("deadline")).isNotNull();
                assertThat(item.get("overdue")).isEqualTo(item.get("id").equals(this.ids.get("OLD")));
            }
        }
    }

    @Test
    void theInbox_isSortedByDeadline_eitherWay_thenById() {
        String reviewer = Tokens.department(this.provider, "dept-reviewer");
        List<Map<String, String>> ascending = inbox(reviewer, "deadline");
        assertThat(ascending).extracting(item -> item.get("id")).first().isEqualTo(this.ids.get("OLD"));
        assertThat(ascending).isSortedAccordingTo(BY_DEADLINE_THEN_ID);
        // requests submitted on a day off share the deadline (the end of the tenth working day): then by id
        assertThat(inbox(reviewer, "-deadline"))
                .isSortedAccordingTo(Comparator.<Map<String, String>, OffsetDateTime>comparing(
                                item -> OffsetDateTime.parse(item.get("deadline")))
                        .reversed()
                        .thenComparing(item -> item.get("id")));
        assertThat(inbox(reviewer, "submittedAt"))
                .extracting(item -> item.get("id"))
                .containsExactlyElementsOf(ids("OLD", "SUBMITTED", "ACCEPTED"));
        assertThat(inbox(reviewer, "-submittedAt"))
                .extracting(item -> item.get("id"))
                .containsExactlyElementsOf(ids("ACCEPTED", "SUBMITTED", "OLD"));
    }

    private static final Comparator<Map<String, String>> BY_DEADLINE_THEN_ID =
            Comparator.<Map<String, String>, OffsetDateTime>comparing(
                            item -> OffsetDateTime.parse(item.get("deadline")))
                    .thenComparing(item -> item.get("id"));

    private static List<Map<String, String>> inbox(String token, String sort) {
        List<Map<String, Object>> items = as(token)
                .queryParam("actionable", true)
                .queryParam("sort", sort)
                .get(Fixtures.PATH)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .map(item -> Map.of("id", (String) item.get("id"), "deadline", (String) item.get("deadline")))
                .toList();
    }

    @Test
    void dueWithinDays_keepsTheRequestsStillWaitingForAResponse_dueByThen_overdueOnesIncluded() {
        String provider = Tokens.department(this.provider, "dept-user", "dept-reviewer", "dept-signer");
        as(provider)
                .queryParam("dueWithinDays", 0)
                .get(Fixtures.PATH)
                .then()
                .statusCode(200)
                .body("items.id", contains(this.ids.get("OLD")))
                .body("items.overdue", contains(true));
        as(provider)
                .queryParam("dueWithinDays", 1)
                .get(Fixtures.PATH)
                .then()
                .body("items.id", contains(this.ids.get("OLD")));
        as(provider)
                .queryParam("dueWithinDays", 30)
                .queryParam("sort", "deadline")
                .get(Fixtures.PATH)
                .then()
                .body("items.id", contains(ids("OLD", "SUBMITTED").toArray()))
                .body("items.deadline", everyItem(notNullValue()));
    }

    @Test
    void status_takesOneOrSeveralValues_commaSeparatedOrRepeated() {
        String provider = Tokens.department(this.provider, "dept-reviewer");
        as(provider)
                .queryParam("status", "SUBMITTED,ACCEPTED")
                .get(Fixtures.PATH)
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        containsInAnyOrder(ids("OLD", "SUBMITTED", "ACCEPTED").toArray()));
        as(provider)
                .queryParam("status", "SIGNED")
                .queryParam("status", "REJECTED")
                .get(Fixtures.PATH)
                .then()
                .body("items.id", containsInAnyOrder(ids("SIGNED", "REJECTED").toArray()))
                .body("items.status", everyItem(in(List.of("SIGNED", "REJECTED"))));
        as(provider)
                .queryParam("status", "WITHDRAWN")
                .queryParam("actionable", true)
                .get(Fixtures.PATH)
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void badValues_are400NamingTheParameter() {
        String provider = Tokens.department(this.provider, "dept-reviewer");
        as(provider)
                .queryParam("status", "SUBMITTED,")
                .get(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("status"));
        as(provider)
                .queryParam("status", "SUBMITTED,APPROVED")
                .get(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("status"));
        as(provider)
                .queryParam("sort", "newest")
                .get(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("sort"));
        as(provider)
                .queryParam("actionable", "yes")
                .get(Fixtures.PATH)
                .then()
                .statusCode(400)
                .body("errors.field", contains("actionable"));
        for (String days : List.of("-1", "3661", "1.5")) {
            as(provider)
                    .queryParam("dueWithinDays", days)
                    .get(Fixtures.PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("dueWithinDays"));
        }
    }
}
