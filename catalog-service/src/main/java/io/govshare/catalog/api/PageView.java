package io.govshare.catalog.api;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.service.PageResult;

/** One page of a list (docs/api.md): the items, the zero-based page, the page size and the total count. */
@Schema(description = "A page of results")
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageView<T> of(PageResult<E> result, Function<E, T> mapper) {
        return new PageView<>(
                result.items().stream().map(mapper).toList(), result.page(), result.size(), result.total());
    }
}
