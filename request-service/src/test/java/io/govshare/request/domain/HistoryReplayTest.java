package io.govshare.request.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imported histories go through the same state machine as live requests. */
class HistoryReplayTest {

    private static final Parties PARTIES = new Parties("gz.zwfwzx", "gz.scjgj");
    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    private static HistoryEvent event(String action, String at) {
        return new HistoryEvent(action, at, "user1", action.equals("REJECT") ? "不符合共享条件" : null);
    }

    private static List<StatusChange> replay(SharingType type, HistoryEvent... events) {
        return HistoryReplay.replay(List.of(events), type, "gz.scjgj.002", PARTIES, false, NOW);
    }

    @Test
    void aSignedHistory_isReplayedWithItsOriginalTimesAndActors() {
        List<StatusChange> steps = replay(
                SharingType.CONDITIONAL,
                event("SUBMIT", "2023-10-09T09:12:00+08:00"),
                event("ACCEPT", "2023-10-09T10:02:00+08:00"),
                event("REVIEW", "2023-10-10T15:30:00+08:00"),
                event("SIGN", "2023-10-11T09:00:00+08:00"));

        assertThat(steps)
                .extracting(StatusChange::to)
                .containsExactly(
                        ShareRequestStatus.SUBMITTED,
                        ShareRequestStatus.ACCEPTED,
                        ShareRequestStatus.REVIEWED,
                        ShareRequestStatus.SIGNED);
        assertThat(steps.get(1).at()).isEqualTo(Instant.parse("2023-10-09T02:02:00Z"));
        assertThat(steps.get(0).actor()).isEqualTo(new Actor("user1", "gz.zwfwzx"));
        assertThat(steps.get(1).actor()).isEqualTo(new Actor("user1", "gz.scjgj"));
    }

    @Test
    void anUnconditionalResource_isApprovedAtSubmit() {
        List<StatusChange> steps = replay(SharingType.UNCONDITIONAL, event("SUBMIT", "2023-10-09T09:12:00+08:00"));

        assertThat(steps)
                .extracting(StatusChange::to)
                .containsExactly(ShareRequestStatus.SUBMITTED, ShareRequestStatus.AUTO_APPROVED);
    }

    @Test
    void anActorEventOnAnUnconditionalResource_isRefused() {
        assertThatThrownBy(() -> replay(
                        SharingType.UNCONDITIONAL,
                        event("SUBMIT", "2023-10-09T09:12:00+08:00"),
                        event("ACCEPT", "2023-10-09T10:00:00+08:00")))
                .isInstanceOfSatisfying(InvalidHistoryException.class, e -> {
                    assertThat(e.field()).isEqualTo("events[1].action");
                    assertThat(e.getMessage()).contains("unconditionally");
                });
    }

    @Test
    void anIllegalOrder_isRefusedNamingTheEvent() {
        assertThatThrownBy(() -> replay(
                        SharingType.CONDITIONAL,
                        event("SUBMIT", "2023-10-09T09:12:00+08:00"),
                        event("SIGN", "2023-10-09T10:00:00+08:00")))
                .isInstanceOfSatisfying(InvalidHistoryException.class, e -> {
                    assertThat(e.field()).isEqualTo("events[1].action");
                    assertThat(e.getMessage()).contains("SIGN").contains("SUBMITTED");
                });
    }

    @Test
    void eventsOutOfTimeOrder_areRefused() {
        assertThatThrownBy(() -> replay(
                        SharingType.CONDITIONAL,
                        event("SUBMIT", "2023-10-09T09:12:00+08:00"),
                        event("ACCEPT", "2023-10-09T09:11:59+08:00")))
                .isInstanceOfSatisfying(
                        InvalidHistoryException.class,
                        e -> assertThat(e.field()).isEqualTo("events[1].at"));
    }

    @Test
    void eventsAtTheSameInstant_keepTheirOrder() {
        List<StatusChange> steps = replay(
                SharingType.CONDITIONAL,
                event("SUBMIT", "2023-10-09T09:12:00+08:00"),
                event("WITHDRAW", "2023-10-09T09:12:00+08:00"));

        assertThat(steps.get(1).to()).isEqualTo(ShareRequestStatus.WITHDRAWN);
    }

    @Test
    void aHistoryNotStartingWithSubmit_isRefused() {
        assertThatThrownBy(() -> replay(SharingType.CONDITIONAL, event("ACCEPT", "2023-10-09T09:12:00+08:00")))
                .isInstanceOfSatisfying(
                        InvalidHistoryException.class,
                        e -> assertThat(e.field()).isEqualTo("events[0].action"));
        assertThatThrownBy(() -> replay(SharingType.CONDITIONAL))
                .isInstanceOfSatisfying(
                        InvalidHistoryException.class,
                        e -> assertThat(e.field()).isEqualTo("events"));
    }

    @Test
    void aSecondSubmit_isRefused() {
        assertThatThrownBy(() -> replay(
                        SharingType.CONDITIONAL,
                        event("SUBMIT", "2023-10-09T09:12:00+08:00"),
                        event("SUBMIT", "2023-10-09T09:13:00+08:00")))
                .isInstanceOfSatisfying(
                        InvalidHistoryException.class,
                        e -> assertThat(e.field()).isEqualTo("events[1].action"));
    }

    @Test
    void unknownOrPlatformActions_areRefused() {
        for (String action : List.of("APPROVE", "AUTO_APPROVE", "RESUBMIT", "")) {
            assertThatThrownBy(() -> replay(
                            SharingType.CONDITIONAL,
                            event("SUBMIT", "2023-10-09T09:12:00+08:00"),
                            new HistoryEvent(action, "2023-10-09T10:00:00+08:00", null, null)))
                    .isInstanceOfSatisfying(
                            InvalidHistoryException.class,
                            e -> assertThat(e.field()).isEqualTo("events[1].action"));
        }
    }

    @Test
    void aTimeWithoutOffset_orInTheFuture_isRefused() {
        assertThatThrownBy(() -> replay(SharingType.CONDITIONAL, event("SUBMIT", "2023-10-09T09:12:00")))
                .isInstanceOfSatisfying(
                        InvalidHistoryException.class,
                        e -> assertThat(e.field()).isEqualTo("events[0].at"));
        assertThatThrownBy(() -> replay(SharingType.CONDITIONAL, event("SUBMIT", "2027-01-04T09:12:00+08:00")))
                .isInstanceOfSatisfying(
                        InvalidHistoryException.class,
                        e -> assertThat(e.getMessage()).contains("future"));
    }

    @Test
    void aRejectionWithoutReason_isRefused() {
        assertThatThrownBy(() -> replay(
                        SharingType.CONDITIONAL,
                        event("SUBMIT", "2023-10-09T09:12:00+08:00"),
                        new HistoryEvent("REJECT", "2023-10-09T10:00:00+08:00", "u", null)))
                .isInstanceOfSatisfying(
                        InvalidHistoryException.class,
                        e -> assertThat(e.field()).isEqualTo("events[1].comment"));
    }

    @Test
    void aNotShareableResource_isRefused() {
        assertThatThrownBy(() -> replay(SharingType.NOT_SHAREABLE, event("SUBMIT", "2023-10-09T09:12:00+08:00")))
                .isInstanceOfSatisfying(
                        InvalidHistoryException.class,
                        e -> assertThat(e.field()).isEqualTo("resourceCode"));
    }

    @Test
    void aResubmission_startsWithResubmit() {
        List<StatusChange> steps = HistoryReplay.replay(
                List.of(event("SUBMIT", "2023-10-09T09:12:00+08:00")),
                SharingType.CONDITIONAL,
                "gz.scjgj.002",
                PARTIES,
                true,
                NOW);

        assertThat(steps.get(0).action()).isEqualTo(ShareRequestAction.RESUBMIT);
    }
}
