package io.govshare.request.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.domain.RejectionNode;
import io.govshare.request.domain.ShareRequestAction;
import io.govshare.request.domain.ShareRequestStatus;
import io.govshare.request.persistence.RequestEventEntity;

/** One step of a request's history (the audit trail). */
@Schema(
        name = "ShareRequestEvent",
        description = "A step of the history (审批记录): from and to status, the action, who acted for which"
                + " organization, when",
        requiredProperties = {"seq", "action", "to", "actorUser", "at"})
public record EventView(
        @Schema(example = "2") int seq,
        ShareRequestAction action,

        @Schema(description = "Status before; null for the step that started the request", nullable = true)
        ShareRequestStatus from,

        ShareRequestStatus to,

        @Schema(description = "For REJECT: the node rejected at", nullable = true)
        RejectionNode node,

        @Schema(description = "The user (system for the platform's own steps)", example = "scjg")
        String actorUser,

        @Schema(description = "The organization acted for", nullable = true, example = "gz.scjgj")
        String actorOrg,

        @Schema(example = "2023-10-10T09:00:00+08:00") OffsetDateTime at,
        @Schema(nullable = true, example = "已受理") String comment) {

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
