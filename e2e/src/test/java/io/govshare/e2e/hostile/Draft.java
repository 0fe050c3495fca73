package io.govshare.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.govshare.e2e.Caller;
import io.govshare.e2e.OpenApi;

/**
 * A request being built: the base of an operation, copied and changed in one place for each variant. Path and query
 * values are kept percent-encoded, so that a variant can put malformed encoding there; headers in order.
 */
final class Draft {

    final OpenApi.Operation op;
    final Map<String, String> path = new LinkedHashMap<>();
    final List<String[]> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body;
    Caller caller = Caller.ADMIN;
    /** The whole Authorization header instead of the caller's bearer token; "" sends none. */
    String authorization;

    Draft(OpenApi.Operation op) {
        this.op = op;
    }

    Draft copy() {
        Draft copy = new Draft(this.op);
        copy.path.putAll(this.path);
        this.query.forEach(pair -> copy.query.add(pair.clone()));
        copy.headers.putAll(this.headers);
        copy.body = this.body;
        copy.caller = this.caller;
        copy.authorization = this.authorization;
        return copy;
    }

    /** Sets (or, with null, removes) a query parameter, already encoded. */
    Draft queryParam(String name, String encoded) {
        this.query.removeIf(pair -> pair[0].equals(name));
        if (encoded != null) {
            this.query.add(new String[] {name, encoded});
        }
        return this;
    }

    Draft header(String name, String value) {
        if (value == null) {
            this.headers.remove(name);
        } else {
            this.headers.put(name, value);
        }
        return this;
    }

    Draft body(String contentType, byte[] body) {
        this.body = body;
        return header("Content-Type", contentType);
    }

    String target() {
        String target = this.op.path();
        for (var param : this.path.entrySet()) {
            target = target.replace("{" + param.getKey() + "}", param.getValue());
        }
        if (this.query.isEmpty()) {
            return target;
        }
        var joined = new StringBuilder(target).append('?');
        for (int i = 0; i < this.query.size(); i++) {
            String[] pair = this.query.get(i);
            joined.append(i == 0 ? "" : "&").append(pair[0]);
            if (pair[1] != null) {
                joined.append('=').append(pair[1]);
            }
        }
        return joined.toString();
    }

    Variant variant(String where, Bad bad) {
        return variant(where, bad.kind(), bad.shown());
    }

    Variant variant(String where, String kind, String shown) {
        List<String[]> sent = new ArrayList<>();
        this.headers.forEach((name, value) -> sent.add(new String[] {name, value}));
        return new Variant(
                this.op.key(),
                where,
                kind,
                shown,
                this.op.method(),
                target(),
                sent,
                this.body,
                this.caller,
                this.authorization);
    }

    /**
     * Percent-encoding of any Java string, every character but the unreserved ones: as UTF-8, and a lone surrogate as
     * the three bytes UTF-8 would give it (e.g. {@code %ED%A0%80}), which is what a careless client sends.
     */
    static String encode(String text) {
        var out = new StringBuilder();
        for (byte b : wtf8(text)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** UTF-8 bytes of any Java string, lone surrogates included (encoded as if they were code points). */
    static byte[] wtf8(String text) {
        var out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            }
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xc0 | cp >> 6);
                out.write(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                out.write(0xe0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            } else {
                out.write(0xf0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3f);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            }
        }
        return out.toByteArray();
    }
}
