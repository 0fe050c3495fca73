package io.govshare.report.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import io.govshare.report.domain.Verification;

/**
 * The figures that differ between two JSON trees of {@code Figures}, leaf by leaf: objects by member, lists by
 * position, so that a changed total is {@code exchange.summary.total} and a changed row
 * {@code exchange.topProviders[3].calls}. A row that appeared or disappeared lists each of its leaves with null on the
 * other side.
 */
final class FigureDiff {

    private FigureDiff() {}

    /** The changed leaves under the given members of the figures (the groups fetched from the services). */
    static List<Verification.Change> of(JsonNode was, JsonNode now, List<String> groups) {
        List<Verification.Change> changes = new ArrayList<>();
        for (String group : groups) {
            compare(group, was.path(group), now.path(group), changes);
        }
        return changes;
    }

    private static void compare(String path, JsonNode was, JsonNode now, List<Verification.Change> changes) {
        JsonNode a = was.isMissingNode() ? NullNode.instance : was;
        JsonNode b = now.isMissingNode() ? NullNode.instance : now;
        if (a.isObject() || b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path + "." + name, a.path(name), b.path(name), changes);
            }
        } else if (a.isArray() || b.isArray()) {
            int size = Math.max(a.size(), b.size());
            for (int i = 0; i < size; i++) {
                compare(path + "[" + i + "]", a.path(i), b.path(i), changes);
            }
        } else if (!a.equals(b)
                && !(a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0)) {
            changes.add(new Verification.Change(path, value(a), value(b)));
        }
    }

    private static Object value(JsonNode leaf) {
        if (leaf.isNull()) {
            return null;
        }
        if (leaf.isNumber()) {
            return leaf.numberValue();
        }
        if (leaf.isBoolean()) {
            return leaf.booleanValue();
        }
        return leaf.asText();
    }
}
