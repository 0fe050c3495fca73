package io.govshare.request.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The comment of a workflow action; a rejection needs one (the reason). */
@Schema(name = "ShareRequestComment", description = "A comment on the action (意见); required for reject (驳回理由)")
public record ActionBody(
        @Schema(example = "申请用途与共享条件不符") @Size(max = 2000) String comment) {

    static String commentOf(ActionBody body) {
        return body == null ? null : body.comment();
    }
}
