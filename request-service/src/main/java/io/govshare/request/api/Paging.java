package io.govshare.request.api;

/** Bounds of list pagination (DESIGN §11: {@code ?page=0&size=50}, size at most 500). */
final class Paging {

    static final String DEFAULT_SIZE = "50";
    static final int MAX_SIZE = 500;

    private Paging() {}
}
