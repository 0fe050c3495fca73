package io.govshare.request.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.quarkus.panache.common.Sort;

/**
 * The orders of the request list (docs/api.md, "List filters"): by deadline or by submission, ascending or ({@code -})
 * descending; ties by id, so that pages never overlap.
 */
public enum RequestOrder {
    DEADLINE("deadline", "deadline", Sort.Direction.Ascending),
    DEADLINE_DESCENDING("-deadline", "deadline", Sort.Direction.Descending),
    SUBMITTED_AT("submittedAt", "submittedAt", Sort.Direction.Ascending),
    SUBMITTED_AT_DESCENDING("-submittedAt", "submittedAt", Sort.Direction.Descending);

    /** Newest submission first. */
    public static final RequestOrder DEFAULT = SUBMITTED_AT_DESCENDING;

    private final String parameter;
    private final String column;
    private final Sort.Direction direction;

    RequestOrder(String parameter, String column, Sort.Direction direction) {
        this.parameter = parameter;
        this.column = column;
        this.direction = direction;
    }

    /** The value of the {@code sort} parameter. */
    public String parameter() {
        return this.parameter;
    }

    Sort sort() {
        return Sort.by(this.column, this.direction).and("id", Sort.Direction.Ascending);
    }

    /** The order a {@code sort} parameter names. */
    public static Optional<RequestOrder> of(String parameter) {
        return Arrays.stream(values())
                .filter(order -> order.parameter.equals(parameter))
                .findFirst();
    }

    /** Every value {@code sort} takes, for messages and the OpenAPI document. */
    public static List<String> parameters() {
        return Arrays.stream(values()).map(RequestOrder::parameter).toList();
    }
}
