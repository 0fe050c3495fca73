package io.govshare.console.client;

import java.util.List;

/** A page of a list answer of the API (docs/api.md, "Pages"): the items and the total over all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) (this.page + 1) * this.size < this.total;
    }

    public boolean hasPrevious() {
        return this.page > 0;
    }
}
