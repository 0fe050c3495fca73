package io.govshare.request.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.govshare.common.identity.Caller;
import io.govshare.common.identity.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may act (docs/architecture.md §5, docs/security.md), for every legal (state, action): right role and org, wrong role, wrong org. */
class ActorPoliciesTest {

    private static final String APPLICANT = "gz.zwfwzx";
    private static final String PROVIDER = "gz.scjgj";
    private static final String STRANGER = "gz.mzt";
    private static final Parties PARTIES = new Parties(APPLICANT, PROVIDER);
    private static final Set<String> ALL_DEPT_ROLES = Set.of(Roles.DEPT_USER, Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER);

    /** The side and role docs/architecture.md §5, docs/security.md name for an action in a state, written out by hand. */
    record Expected(String org, String role) {}

    static Expected expected(ShareRequestAction action, ShareRequestStatus status) {
        return switch (action) {
            case SUBMIT, WITHDRAW, RESUBMIT -> new Expected(APPLICANT, Roles.DEPT_USER);
            case ACCEPT, REVIEW -> new Expected(PROVIDER, Roles.DEPT_REVIEWER);
            case SIGN -> new Expected(PROVIDER, Roles.DEPT_SIGNER);
            case REJECT ->
                new Expected(PROVIDER, status == ShareRequestStatus.REVIEWED ? Roles.DEPT_SIGNER : Roles.DEPT_REVIEWER);
            case AUTO_APPROVE -> null;
        };
    }

    /** Every person action with a state it is legal in; SUBMIT with the (not yet existing) state null. */
    static Stream<Arguments> legalPersonMoves() {
        Stream<Arguments> moves = Stream.of(ShareRequestStatus.values())
                .flatMap(status ->
                        ShareRequestAction.availableFrom(status).stream().map(action -> Arguments.of(status, action)));
        return Stream.concat(Stream.of(Arguments.of(null, ShareRequestAction.SUBMIT)), moves);
    }

    private static Caller caller(String org, String... roles) {
        return new Caller("someone", Optional.ofNullable(org), Set.of(roles));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("legalPersonMoves")
    void rightRoleOfRightOrganization_mayAct(ShareRequestStatus status, ShareRequestAction action) {
        Expected expected = expected(action, status);

        assertThat(ActorPolicies.refusal(caller(expected.org(), expected.role()), PARTIES, action, status))
                .isEmpty();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("legalPersonMoves")
    void otherRolesOfRightOrganization_mayNotAct(ShareRequestStatus status, ShareRequestAction action) {
        Expected expected = expected(action, status);
        String[] otherRoles = ALL_DEPT_ROLES.stream()
                .filter(role -> !role.equals(expected.role()))
                .toArray(String[]::new);

        assertThat(ActorPolicies.refusal(caller(expected.org(), otherRoles), PARTIES, action, status))
                .get()
                .asString()
                .contains(expected.role());
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("legalPersonMoves")
    void rightRoleOfOtherOrganizations_mayNotAct(ShareRequestStatus status, ShareRequestAction action) {
        Expected expected = expected(action, status);
        String otherParty = expected.org().equals(APPLICANT) ? PROVIDER : APPLICANT;

        assertThat(ActorPolicies.refusal(caller(otherParty, expected.role()), PARTIES, action, status))
                .isPresent();
        assertThat(ActorPolicies.refusal(caller(STRANGER, expected.role()), PARTIES, action, status))
                .isPresent();
        assertThat(ActorPolicies.refusal(caller(null, expected.role()), PARTIES, action, status))
                .isPresent();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("legalPersonMoves")
    void platformAdmin_mayActAnywhere(ShareRequestStatus status, ShareRequestAction action) {
        assertThat(ActorPolicies.refusal(caller(null, Roles.PLATFORM_ADMIN), PARTIES, action, status))
                .isEmpty();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("legalPersonMoves")
    void exactlyOnePolicy_governsEachMove(ShareRequestStatus status, ShareRequestAction action) {
        assertThat(ActorPolicies.POLICIES.stream().filter(policy -> policy.governs(action, status)))
                .hasSize(1);
    }

    @Test
    void nobody_takesThePlatformsAutomaticApproval() {
        assertThat(ActorPolicies.refusal(
                        caller(null, Roles.PLATFORM_ADMIN),
                        PARTIES,
                        ShareRequestAction.AUTO_APPROVE,
                        ShareRequestStatus.SUBMITTED))
                .isPresent();
        assertThat(ActorPolicies.refusal(
                        caller(PROVIDER, Roles.DEPT_SIGNER, Roles.DEPT_REVIEWER),
                        PARTIES,
                        ShareRequestAction.AUTO_APPROVE,
                        ShareRequestStatus.SUBMITTED))
                .isPresent();
    }

    @Test
    void availableActions_areThoseTheCallerMayTake() {
        assertThat(ActorPolicies.availableTo(
                        caller(PROVIDER, Roles.DEPT_REVIEWER), PARTIES, ShareRequestStatus.SUBMITTED))
                .containsExactly(ShareRequestAction.ACCEPT, ShareRequestAction.REJECT);
        assertThat(ActorPolicies.availableTo(
                        caller(PROVIDER, Roles.DEPT_REVIEWER), PARTIES, ShareRequestStatus.REVIEWED))
                .isEmpty();
        assertThat(ActorPolicies.availableTo(caller(PROVIDER, Roles.DEPT_SIGNER), PARTIES, ShareRequestStatus.REVIEWED))
                .containsExactly(ShareRequestAction.SIGN, ShareRequestAction.REJECT);
        assertThat(ActorPolicies.availableTo(caller(APPLICANT, Roles.DEPT_USER), PARTIES, ShareRequestStatus.ACCEPTED))
                .containsExactly(ShareRequestAction.WITHDRAW);
        assertThat(ActorPolicies.availableTo(caller(APPLICANT, Roles.DEPT_USER), PARTIES, ShareRequestStatus.REJECTED))
                .containsExactly(ShareRequestAction.RESUBMIT);
    }

    @Test
    void theInbox_isTheProvidersStatusesWhereTheCallersRolesAct() {
        assertThat(ActorPolicies.inbox(caller(PROVIDER, Roles.DEPT_REVIEWER)))
                .isEqualTo(new ActorPolicies.Inbox(
                        PROVIDER, Set.of(ShareRequestStatus.SUBMITTED, ShareRequestStatus.ACCEPTED)));
        assertThat(ActorPolicies.inbox(caller(PROVIDER, Roles.DEPT_SIGNER)))
                .isEqualTo(new ActorPolicies.Inbox(PROVIDER, Set.of(ShareRequestStatus.REVIEWED)));
        assertThat(ActorPolicies.inbox(caller(PROVIDER, Roles.DEPT_USER, Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER))
                        .statuses())
                .isEqualTo(ShareRequestStatus.PENDING);
        // the applicant's withdraw and resubmit put nothing in the inbox; no org claim, no inbox
        assertThat(ActorPolicies.inbox(caller(APPLICANT, Roles.DEPT_USER)).isEmpty())
                .isTrue();
        assertThat(ActorPolicies.inbox(caller(null, Roles.DEPT_REVIEWER, Roles.DEPT_SIGNER))
                        .isEmpty())
                .isTrue();
        // the platform admin: every open request of every provider
        assertThat(ActorPolicies.inbox(caller(null, Roles.PLATFORM_ADMIN)))
                .isEqualTo(new ActorPolicies.Inbox(null, ShareRequestStatus.PENDING));
    }

    @ParameterizedTest
    @MethodSource("everyStatus")
    void theInbox_holdsAStatusExactlyWhenTheCallerHasAProviderActionInIt(ShareRequestStatus status) {
        for (Set<String> roles : List.of(
                Set.of(Roles.DEPT_USER),
                Set.of(Roles.DEPT_REVIEWER),
                Set.of(Roles.DEPT_SIGNER),
                ALL_DEPT_ROLES,
                Set.of(Roles.PLATFORM_ADMIN))) {
            Caller caller = new Caller("someone", Optional.of(PROVIDER), roles);
            boolean providerAction = ActorPolicies.availableTo(caller, PARTIES, status).stream()
                    .anyMatch(action -> action.party() == Party.PROVIDER);
            assertThat(ActorPolicies.inbox(caller).statuses().contains(status))
                    .as("%s with %s", status, roles)
                    .isEqualTo(providerAction);
        }
    }

    static Stream<ShareRequestStatus> everyStatus() {
        return Stream.of(ShareRequestStatus.values());
    }

    @Test
    void visibility_isForPartiesAndThePlatformAdmin() {
        assertThat(PARTIES.visibleTo(caller(APPLICANT, Roles.DEPT_USER))).isTrue();
        assertThat(PARTIES.visibleTo(caller(PROVIDER, Roles.DEPT_REVIEWER))).isTrue();
        assertThat(PARTIES.visibleTo(caller(null, Roles.PLATFORM_ADMIN))).isTrue();
        assertThat(PARTIES.visibleTo(caller(STRANGER, Roles.DEPT_USER, Roles.DEPT_REVIEWER)))
                .isFalse();
        assertThat(PARTIES.visibleTo(caller(null, Roles.REPORT_EDITOR))).isFalse();
    }
}
