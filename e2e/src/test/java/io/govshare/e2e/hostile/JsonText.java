package io.govshare.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON text with one value replaced by raw bytes: anything, valid JSON or not (a duplicated member, an unclosed
 * string, bytes that are not UTF-8). The base is serialized with a marker where the value goes, and the marker is
 * replaced by the bytes.
 */
final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "@@e2e-hostile-value@@";
    private static final String QUOTED_MARKER = "\"" + MARKER + "\"";

    private JsonText() {}

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        return write(node).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The base with the value at {@code pointer} (added when the member is absent) replaced by {@code raw}. */
    static byte[] replace(JsonNode base, String pointer, byte[] raw) {
        if (pointer.isEmpty()) {
            return raw;
        }
        JsonNode copy = base.deepCopy();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.put(last, MARKER);
        } else if (parent instanceof ArrayNode array) {
            int index = at.last().getMatchingIndex();
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, array.textNode(MARKER));
        } else {
            throw new IllegalArgumentException("no object or array at " + at.head() + " of " + write(base));
        }
        String text = write(copy);
        int position = text.indexOf(QUOTED_MARKER);
        var out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, position).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(text.substring(position + QUOTED_MARKER.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The value at the pointer as JSON text, or null when absent. */
    static String at(JsonNode base, String pointer) {
        JsonNode node = base.at(pointer);
        return node.isMissingNode() ? null : write(node);
    }

    /**
     * A JSON string literal of any Java string: control characters and every UTF-16 surrogate written as {@code \\u}
     * escapes, so that a lone surrogate reaches the server as the escape {@code \\ud800} (ASCII), as a client sends it.
     */
    static String quote(String text) {
        var out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** An array nested {@code depth} levels deep. */
    static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** Objects nested {@code depth} levels deep: {"a":{"a":…{}…}}. */
    static String nestedObjects(int depth) {
        return "{\"a\":".repeat(depth) + "{}" + "}".repeat(depth);
    }
}
