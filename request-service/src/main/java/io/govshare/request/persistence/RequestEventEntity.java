package io.govshare.request.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.govshare.request.domain.RejectionNode;
import io.govshare.request.domain.ShareRequestAction;
import io.govshare.request.domain.ShareRequestStatus;
import io.govshare.request.domain.StatusChange;

/** One step of a request's history (the audit trail); rows are only ever inserted. */
@Entity
@Table(name = "request_event")
public class RequestEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ShareRequestAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ShareRequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ShareRequestStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column
    public RejectionNode node;

    @Column(name = "actor_user", nullable = false)
    public String actorUser;

    @Column(name = "actor_org")
    public String actorOrg;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column
    public String comment;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    static RequestEventEntity of(UUID requestId, int seq, StatusChange change) {
        RequestEventEntity event = new RequestEventEntity();
        event.requestId = requestId;
        event.seq = seq;
        event.action = change.action();
        event.fromStatus = change.from();
        event.toStatus = change.to();
        event.node = change.node();
        event.actorUser = change.actor().user();
        event.actorOrg = change.actor().org();
        event.at = change.at().atOffset(ZoneOffset.UTC);
        event.comment = change.comment();
        event.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return event;
    }
}
