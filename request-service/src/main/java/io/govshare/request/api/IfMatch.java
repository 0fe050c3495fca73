package io.govshare.request.api;

import io.govshare.common.error.InvalidInputException;
import io.govshare.request.domain.RequestMessages;

/** The {@code If-Match} header of an action: the version the caller read, as its ETag {@code "3"} (or bare 3). */
final class IfMatch {

    static final String HEADER = "If-Match";

    private IfMatch() {}

    /** The expected version, or {@code null} for no header or {@code *}. */
    static Long version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(HEADER, RequestMessages.IF_MATCH);
        }
    }

    /** The ETag of a version. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
