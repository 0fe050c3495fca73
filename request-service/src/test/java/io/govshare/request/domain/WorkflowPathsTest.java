package io.govshare.request.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.govshare.common.error.InvalidInputException;

import static io.govshare.request.domain.ShareRequestAction.ACCEPT;
import static io.govshare.request.domain.ShareRequestAction.REJECT;
import static io.govshare.request.domain.ShareRequestAction.REVIEW;
import static io.govshare.request.domain.ShareRequestAction.SIGN;
import static io.govshare.request.domain.ShareRequestAction.SUBMIT;
import static io.govshare.request.domain.ShareRequestAction.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One test per legal path of docs/architecture.md §5, each named after its story. */
class WorkflowPathsTest {

    private static final Actor APPLICANT = new Actor("zhang", "gz.zwfwzx");
    private static final Actor REVIEWER = new Actor("li", "gz.scjgj");
    private static final Actor SIGNER = new Actor("wang", "gz.scjgj");
    private static final Instant T0 = Instant.parse("2023-10-09T02:00:00Z");

    /** Starts a request on a conditional resource and takes the moves; returns every step. */
    private static List<StatusChange> walk(Object... movesAndComments) {
        List<StatusChange> steps =
                new ArrayList<>(Workflow.start(SUBMIT, SharingType.CONDITIONAL, "gz.scjgj.002", APPLICANT, T0, null));
        for (int i = 0; i < movesAndComments.length; i += 2) {
            ShareRequestAction action = (ShareRequestAction) movesAndComments[i];
            String comment = (String) movesAndComments[i + 1];
            Actor actor = action == WITHDRAW ? APPLICANT : action == SIGN ? SIGNER : REVIEWER;
            StatusChange last = steps.get(steps.size() - 1);
            steps.add(Workflow.move(last.to(), action, actor, last.at().plusSeconds(3600), comment));
        }
        return steps;
    }

    private static ShareRequestStatus end(List<StatusChange> steps) {
        return steps.get(steps.size() - 1).to();
    }

    @Test
    void submittedRequestIsAcceptedReviewedAndSigned() {
        List<StatusChange> steps = walk(ACCEPT, null, REVIEW, "同意", SIGN, "签发");

        assertThat(steps)
                .extracting(StatusChange::to)
                .containsExactly(
                        ShareRequestStatus.SUBMITTED,
                        ShareRequestStatus.ACCEPTED,
                        ShareRequestStatus.REVIEWED,
                        ShareRequestStatus.SIGNED);
        assertThat(steps)
                .extracting(StatusChange::from)
                .containsExactly(
                        null, ShareRequestStatus.SUBMITTED, ShareRequestStatus.ACCEPTED, ShareRequestStatus.REVIEWED);
        assertThat(steps.get(1).isResponse()).isTrue();
        assertThat(steps.get(2).isResponse()).isFalse();
    }

    @Test
    void submittedRequestIsRejectedAtAccept() {
        List<StatusChange> steps = walk(REJECT, "材料不全");

        assertThat(end(steps)).isEqualTo(ShareRequestStatus.REJECTED);
        assertThat(steps.get(1).node()).isEqualTo(RejectionNode.ACCEPT);
        assertThat(steps.get(1).comment()).isEqualTo("材料不全");
        assertThat(steps.get(1).isResponse()).isTrue();
    }

    @Test
    void acceptedRequestIsRejectedAtReview() {
        List<StatusChange> steps = walk(ACCEPT, null, REJECT, "用途不符");

        assertThat(end(steps)).isEqualTo(ShareRequestStatus.REJECTED);
        assertThat(steps.get(2).node()).isEqualTo(RejectionNode.REVIEW);
        assertThat(steps.get(2).isResponse()).isFalse();
    }

    @Test
    void reviewedRequestIsRejectedAtSign() {
        List<StatusChange> steps = walk(ACCEPT, null, REVIEW, null, REJECT, "领导不同意");

        assertThat(end(steps)).isEqualTo(ShareRequestStatus.REJECTED);
        assertThat(steps.get(3).node()).isEqualTo(RejectionNode.SIGN);
    }

    @Test
    void submittedRequestIsWithdrawnByItsApplicant() {
        assertThat(end(walk(WITHDRAW, null))).isEqualTo(ShareRequestStatus.WITHDRAWN);
    }

    @Test
    void acceptedRequestIsWithdrawnByItsApplicant() {
        assertThat(end(walk(ACCEPT, null, WITHDRAW, "不再需要"))).isEqualTo(ShareRequestStatus.WITHDRAWN);
    }

    @Test
    void reviewedRequestIsWithdrawnByItsApplicant() {
        assertThat(end(walk(ACCEPT, null, REVIEW, null, WITHDRAW, null))).isEqualTo(ShareRequestStatus.WITHDRAWN);
    }

    @Test
    void unconditionalResourceIsApprovedAutomaticallyAtSubmission() {
        List<StatusChange> steps =
                Workflow.start(SUBMIT, SharingType.UNCONDITIONAL, "gz.scjgj.001", APPLICANT, T0, null);

        assertThat(steps).extracting(StatusChange::action).containsExactly(SUBMIT, ShareRequestAction.AUTO_APPROVE);
        assertThat(steps.get(1).to()).isEqualTo(ShareRequestStatus.AUTO_APPROVED);
        assertThat(steps.get(1).actor()).isEqualTo(Actor.PLATFORM);
        assertThat(steps.get(1).at()).isEqualTo(T0);
    }

    @Test
    void notShareableResourceIsRefusedAtSubmission() {
        assertThatThrownBy(() -> Workflow.start(SUBMIT, SharingType.NOT_SHAREABLE, "gz.gat.004", APPLICANT, T0, null))
                .isInstanceOf(NotShareableException.class)
                .hasMessageContaining("gz.gat.004");
    }

    @Test
    void rejectedRequestIsResubmittedAsANewSubmittedRequest() {
        List<StatusChange> steps = Workflow.resubmit(
                ShareRequestStatus.REJECTED, SharingType.CONDITIONAL, "gz.scjgj.002", APPLICANT, T0, "补充材料后重提");

        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).action()).isEqualTo(ShareRequestAction.RESUBMIT);
        assertThat(steps.get(0).from()).isNull();
        assertThat(steps.get(0).to()).isEqualTo(ShareRequestStatus.SUBMITTED);
    }

    @Test
    void withdrawnRequestIsResubmittedAsANewSubmittedRequest() {
        List<StatusChange> steps = Workflow.resubmit(
                ShareRequestStatus.WITHDRAWN, SharingType.CONDITIONAL, "gz.scjgj.002", APPLICANT, T0, null);

        assertThat(steps.get(0).to()).isEqualTo(ShareRequestStatus.SUBMITTED);
    }

    @Test
    void pendingOrApprovedRequestIsNotResubmitted() {
        for (ShareRequestStatus status :
                List.of(ShareRequestStatus.SUBMITTED, ShareRequestStatus.SIGNED, ShareRequestStatus.AUTO_APPROVED)) {
            assertThatThrownBy(() ->
                            Workflow.resubmit(status, SharingType.CONDITIONAL, "gz.scjgj.002", APPLICANT, T0, null))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void rejectionWithoutReasonIsRefused() {
        assertThatThrownBy(() -> Workflow.move(ShareRequestStatus.SUBMITTED, REJECT, REVIEWER, T0, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("comment"));
    }

    @Test
    void resubmitLeavesTheOldRequestWhereItIs() {
        assertThatThrownBy(() ->
                        Workflow.move(ShareRequestStatus.REJECTED, ShareRequestAction.RESUBMIT, APPLICANT, T0, null))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
