package io.govshare.common.input;

import java.util.UUID;
import java.util.regex.Pattern;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.InvalidInputException;

/** UUIDs in their canonical 36-character form only ({@link UUID#fromString} also takes "1-2-3-4-5"). */
public final class Uuids {

    private static final Pattern CANONICAL =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Uuids() {}

    public static UUID parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidInputException(field, CommonMessages.REQUIRED);
        }
        if (!CANONICAL.matcher(text).matches()) {
            throw new InvalidInputException(field, CommonMessages.UUID);
        }
        return UUID.fromString(text);
    }
}
