package io.govshare.request.api;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.request.service.PageResult;
import io.govshare.request.service.RequestDetails;

/** One page of share requests (docs/api.md, "Pages"): the items, the zero-based page, its size and the total count. */
@Schema(
        name = "ShareRequestPage",
        description = "A page of share requests (共享申请分页)",
        requiredProperties = {"items", "page", "size", "total"})
public record ShareRequestPage(
        List<ShareRequestSummaryView> items,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,

        @Schema(description = "Items over all pages", example = "139")
        long total) {

    static ShareRequestPage of(
            PageResult<RequestDetails> result, Function<RequestDetails, ShareRequestSummaryView> view) {
        return new ShareRequestPage(
                result.items().stream().map(view).toList(), result.page(), result.size(), result.total());
    }
}
