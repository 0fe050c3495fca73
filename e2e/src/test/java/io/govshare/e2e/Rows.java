package io.govshare.e2e;

import java.util.Map;

/**
 * Reads a ranking row whichever way it names its subject: the services answer {@code orgCode/orgName} or
 * {@code regionCode/regionName} (docs/api.md), a report's figures may call both {@code code/name} (§11 names the
 * lists, not their fields).
 */
final class Rows {

    private Rows() {}

    static String name(Map<String, Object> row) {
        return first(row, "name", "orgName", "regionName");
    }

    static String code(Map<String, Object> row) {
        return first(row, "code", "orgCode", "regionCode");
    }

    static long calls(Map<String, Object> row) {
        return ((Number) row.get("calls")).longValue();
    }

    private static String first(Map<String, Object> row, String... keys) {
        for (String key : keys) {
            if (row.get(key) != null) {
                return row.get(key).toString();
            }
        }
        throw new AssertionError("no " + String.join("/", keys) + " in " + row);
    }
}
