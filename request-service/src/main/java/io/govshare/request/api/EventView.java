package io.govshare.request.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.domain.RejectionNode;
import io.govshare.request.domain.ShareRequestAction;
import io.govshare.request.domain.ShareRequestStatus;
import io.govshare.request.persistence.RequestEventEntity;

/** One step of a request's history (the audit trail). */
@Schema(description = "A step of the history: from and to status, the action, who acted for which organization, when")
public record EventView(
        int seq,
        ShareRequestAction action,

        @Schema(description = "Status before; absent for the step that started the request")
        ShareRequestStatus from,

        ShareRequestStatus to,

        @Schema(description = "For REJECT: the node rejected at")
        RejectionNode node,

        String actorUser,
        String actorOrg,
        OffsetDateTime at,
        String comment) {

    static EventView from(RequestEventEntity event, ZoneId zone) {
        return new EventView(
                event.seq,
                event.action,
                event.fromStatus,
                event.toStatus,
                event.node,
                event.actorUser,
                event.actorOrg,
                Times.local(event.at, zone),
                event.comment);
    }
}
