package io.govshare.request.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.domain.HistoryEvent;
import io.govshare.request.service.ImportItem;

/**
 * One historical request of an import (DESIGN §11). Members are read as text so that a bad value fails only its
 * item (reported with its index), not the whole batch.
 */
@Schema(description = "A historical request with its full history")
public record ImportItemBody(
        @Schema(
                description = "The id of the former platform; the import is idempotent by it",
                example = "old-2023-0001")
        String externalId,

        @Schema(example = "gz.zwfwzx") String applicantOrg,
        @Schema(example = "gz.scjgj.002") String resourceCode,

        @Schema(description = "externalId of the REJECTED or WITHDRAWN request this one resubmits")
        String resubmissionOf,

        String purpose,
        String legalBasis,

        @Schema(description = "In time order; the first is SUBMIT")
        List<ImportEventBody> events) {

    /** One event of the history. */
    @Schema(description = "An event of an imported history")
    public record ImportEventBody(
            @Schema(description = "SUBMIT, ACCEPT, REVIEW, SIGN, REJECT or WITHDRAW", example = "ACCEPT")
            String action,

            @Schema(description = "ISO-8601 with offset", example = "2023-10-09T10:15:00+08:00")
            String at,

            @Schema(description = "User name on the former platform")
            String actor,

            @Schema(description = "Required for REJECT") String comment) {}

    ImportItem toItem() {
        return new ImportItem(
                externalId,
                applicantOrg,
                resourceCode,
                resubmissionOf,
                purpose,
                legalBasis,
                events == null
                        ? null
                        : events.stream()
                                .map(e ->
                                        e == null ? null : new HistoryEvent(e.action(), e.at(), e.actor(), e.comment()))
                                .toList());
    }
}
