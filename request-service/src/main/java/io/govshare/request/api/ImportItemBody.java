package io.govshare.request.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.domain.HistoryEvent;
import io.govshare.request.service.ImportItem;

/**
 * One historical request of an import (docs/api.md, docs/architecture.md "History import"). Members are read as text
 * so that a bad value fails only its item (reported with its index), not the whole batch.
 */
@Schema(
        name = "ShareRequestImportItem",
        description = "A historical request with its full history (历史申请)",
        requiredProperties = {"externalId", "applicantOrg", "resourceCode", "events"})
public record ImportItemBody(
        @Schema(
                description = "The id of the former platform; the import is idempotent by it",
                example = "GZSJGX-202310-0005")
        String externalId,

        @Schema(description = "The applicant's code", example = "gz.yczmj")
        String applicantOrg,

        @Schema(description = "The resource's code; the catalog names the provider", example = "gz.scjgj.003")
        String resourceCode,

        @Schema(description = "externalId of the REJECTED or WITHDRAWN request this one resubmits")
        String resubmissionOf,

        @Schema(example = "高龄津贴发放对象核查") String purpose,
        @Schema(example = "《贵州省政务数据资源管理办法》") String legalBasis,

        @Schema(description = "In time order; the first is SUBMIT")
        List<ImportEventBody> events) {

    /** One event of the history. */
    @Schema(
            name = "ShareRequestImportEvent",
            description = "An event of an imported history",
            requiredProperties = {"action", "at"})
    public record ImportEventBody(
            @Schema(description = "SUBMIT, ACCEPT, REVIEW, SIGN, REJECT or WITHDRAW", example = "ACCEPT")
            String action,

            @Schema(description = "ISO-8601 with offset", example = "2023-10-07T10:48:26+08:00")
            String at,

            @Schema(description = "User name on the former platform", example = "gz.yczmj:chenjie")
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
