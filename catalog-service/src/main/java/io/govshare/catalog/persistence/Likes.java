package io.govshare.catalog.persistence;

import java.util.Locale;

/** Builds LIKE patterns from user text, so that {@code %} and {@code _} in a search match themselves. */
final class Likes {

    private Likes() {}

    static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
