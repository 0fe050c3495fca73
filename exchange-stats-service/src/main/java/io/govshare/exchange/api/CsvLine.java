package io.govshare.exchange.api;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting, {@code ""} inside quotes) into trimmed fields; null when a quote is open. */
final class CsvLine {

    private CsvLine() {}

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(6);
        int n = line.length();
        int i = 0;
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
                int comma = line.indexOf(',', i);
                fields.add(value.toString());
                if (comma < 0) {
                    return fields;
                }
                i = comma + 1;
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                fields.add(line.substring(i, end).trim());
                if (comma < 0) {
                    return fields;
                }
                i = comma + 1;
            }
        }
    }
}
