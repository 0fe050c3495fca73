package io.govshare.e2e.hostile;

import java.util.ArrayList;
import java.util.List;

import io.govshare.e2e.Caller;

/**
 * One malformed request as it is sent: the operation, where it was changed ({@code where}: "query month", "body
 * /items/0/name", "header Accept", …), what was done ({@code kind}, e.g. "NUL"), and a short sight of the value.
 */
record Variant(
        String operation,
        String where,
        String kind,
        String shown,
        String method,
        String target,
        List<String[]> headers,
        byte[] body,
        Caller caller,
        String authorization) {

    String describe() {
        return this.where + ": " + this.kind + (this.shown.isEmpty() ? "" : " " + this.shown);
    }

    /** The headers to send, with the Authorization of the caller's token (fetched now) unless overridden. */
    List<String[]> headersToSend() {
        List<String[]> all = new ArrayList<>();
        if (this.authorization == null) {
            String token = this.caller.token();
            if (token != null) {
                all.add(new String[] {"Authorization", "Bearer " + token});
            }
        } else if (!this.authorization.isEmpty()) {
            all.add(new String[] {"Authorization", this.authorization});
        }
        all.addAll(this.headers);
        return all;
    }
}
