package io.govshare.exchange.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180 quoting, {@code ""} inside quotes) into fields, unquoted ones without the spaces and
 * tabs around them; null when a quote is open.
 */
final class CsvLine {

    private CsvLine() {}

    static List<String> split(String line) {
        return split(line, 0, line.length());
    }

    /** The fields of the line {@code text[from, to)}: no copy of the line is made. */
    static List<String> split(String line, int from, int to) {
        List<String> fields = new ArrayList<>(6);
        int n = to;
        int i = from;
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder value = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            value.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        value.append(c);
                    }
                }
                int comma = indexOf(line, ',', i, n);
                fields.add(value.toString());
                if (comma < 0) {
                    return fields;
                }
                i = comma + 1;
            } else {
                int comma = indexOf(line, ',', i, n);
                int end = comma < 0 ? n : comma;
                fields.add(blankTrimmed(line.substring(i, end)));
                if (comma < 0) {
                    return fields;
                }
                i = comma + 1;
            }
        }
    }

    /**
     * The text without the spaces and tabs at its ends. Unlike {@link String#trim()} it keeps other control
     * characters (a NUL at the end of an id), so that the record checks see and refuse them.
     */
    static String blankTrimmed(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? text : text.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static int indexOf(String text, char c, int from, int to) {
        int at = text.indexOf(c, from);
        return at < to ? at : -1;
    }
}
