package io.govshare.request.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.govshare.request.domain.ShareRequestStatus.ACCEPTED;
import static io.govshare.request.domain.ShareRequestStatus.AUTO_APPROVED;
import static io.govshare.request.domain.ShareRequestStatus.REJECTED;
import static io.govshare.request.domain.ShareRequestStatus.REVIEWED;
import static io.govshare.request.domain.ShareRequestStatus.SIGNED;
import static io.govshare.request.domain.ShareRequestStatus.SUBMITTED;
import static io.govshare.request.domain.ShareRequestStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transition table against docs/architecture.md §5, written out here independently of the enum. */
class ShareRequestActionTest {

    /** docs/architecture.md §5, by hand: for each action the states it may be taken from. */
    private static final Map<ShareRequestAction, Set<ShareRequestStatus>> DESIGN = Map.of(
            ShareRequestAction.SUBMIT, EnumSet.noneOf(ShareRequestStatus.class),
            ShareRequestAction.AUTO_APPROVE, EnumSet.of(SUBMITTED),
            ShareRequestAction.ACCEPT, EnumSet.of(SUBMITTED),
            ShareRequestAction.REVIEW, EnumSet.of(ACCEPTED),
            ShareRequestAction.SIGN, EnumSet.of(REVIEWED),
            ShareRequestAction.REJECT, EnumSet.of(SUBMITTED, ACCEPTED, REVIEWED),
            ShareRequestAction.WITHDRAW, EnumSet.of(SUBMITTED, ACCEPTED, REVIEWED),
            ShareRequestAction.RESUBMIT, EnumSet.of(REJECTED, WITHDRAWN));

    private static final Map<ShareRequestAction, ShareRequestStatus> TARGET = Map.of(
            ShareRequestAction.SUBMIT, SUBMITTED,
            ShareRequestAction.AUTO_APPROVE, AUTO_APPROVED,
            ShareRequestAction.ACCEPT, ACCEPTED,
            ShareRequestAction.REVIEW, REVIEWED,
            ShareRequestAction.SIGN, SIGNED,
            ShareRequestAction.REJECT, REJECTED,
            ShareRequestAction.WITHDRAW, WITHDRAWN,
            ShareRequestAction.RESUBMIT, SUBMITTED);

    static Stream<Arguments> everyStatusAndAction() {
        return Stream.of(ShareRequestStatus.values())
                .flatMap(status -> Stream.of(ShareRequestAction.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStatusAndAction")
    void actionIsAllowed_exactlyWhenDesignSaysSo(ShareRequestStatus status, ShareRequestAction action) {
        boolean expected = DESIGN.get(action).contains(status);

        assertThat(action.isAllowedFrom(status)).isEqualTo(expected);
        if (expected) {
            assertThat(action.apply(status)).isEqualTo(TARGET.get(action));
        } else {
            assertThatThrownBy(() -> action.apply(status))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.currentStatus()).isEqualTo(status);
                        assertThat(e.action()).isEqualTo(action);
                        assertThat(e.availableActions()).isEqualTo(ShareRequestAction.availableFrom(status));
                    });
        }
    }

    @ParameterizedTest(name = "available from {0}")
    @MethodSource("statuses")
    void availableActions_areTheTablesPersonActions(ShareRequestStatus status) {
        Set<ShareRequestAction> expected = EnumSet.noneOf(ShareRequestAction.class);
        DESIGN.forEach((action, from) -> {
            if (from.contains(status) && action != ShareRequestAction.AUTO_APPROVE) {
                expected.add(action);
            }
        });
        assertThat(ShareRequestAction.availableFrom(status)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<ShareRequestStatus> statuses() {
        return Stream.of(ShareRequestStatus.values());
    }

    @Test
    void finalStates_allowNoMoveButResubmission() {
        assertThat(ShareRequestAction.availableFrom(SIGNED)).isEmpty();
        assertThat(ShareRequestAction.availableFrom(AUTO_APPROVED)).isEmpty();
        assertThat(ShareRequestAction.availableFrom(REJECTED)).containsExactly(ShareRequestAction.RESUBMIT);
        assertThat(ShareRequestAction.availableFrom(WITHDRAWN)).containsExactly(ShareRequestAction.RESUBMIT);
    }

    @Test
    void onlySubmitAndResubmit_startNewRequests() {
        for (ShareRequestAction action : ShareRequestAction.values()) {
            boolean starts = action == ShareRequestAction.SUBMIT || action == ShareRequestAction.RESUBMIT;
            assertThat(action.effect() == ShareRequestAction.Effect.STARTS_NEW_REQUEST)
                    .as(action.name())
                    .isEqualTo(starts);
        }
    }

    @Test
    void pendingStates_areThoseOfDesign7() {
        assertThat(ShareRequestStatus.PENDING).containsExactlyInAnyOrder(SUBMITTED, ACCEPTED, REVIEWED);
        assertThat(ShareRequestStatus.PENDING).isEqualTo(DESIGN.get(ShareRequestAction.WITHDRAW));
    }

    @Test
    void parties_followDesign4() {
        assertThat(ShareRequestAction.SUBMIT.party()).isEqualTo(Party.APPLICANT);
        assertThat(ShareRequestAction.WITHDRAW.party()).isEqualTo(Party.APPLICANT);
        assertThat(ShareRequestAction.RESUBMIT.party()).isEqualTo(Party.APPLICANT);
        assertThat(ShareRequestAction.ACCEPT.party()).isEqualTo(Party.PROVIDER);
        assertThat(ShareRequestAction.REVIEW.party()).isEqualTo(Party.PROVIDER);
        assertThat(ShareRequestAction.SIGN.party()).isEqualTo(Party.PROVIDER);
        assertThat(ShareRequestAction.REJECT.party()).isEqualTo(Party.PROVIDER);
        assertThat(ShareRequestAction.AUTO_APPROVE.party()).isEqualTo(Party.SYSTEM);
    }
}
