package io.govshare.exchange.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field of a request: its path (e.g. {@code month}, {@code [3].calls}) and why. For a record of a batch,
 * {@code line} (CSV and NDJSON, 1-based, the CSV header is line 1) or {@code index} (JSON array, 0-based) says which.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer line, Integer index) {

    public FieldError(String field, String message) {
        this(field, message, null, null);
    }
}
