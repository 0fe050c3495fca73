package io.govshare.exchange.domain;

import io.govshare.common.error.MessageKey;
import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;

/** A body that cannot be read as a batch at all (not a JSON array, no CSV header …): 400 {@code malformed-body}. */
public class MalformedBatchException extends ProblemException {

    public MalformedBatchException(MessageKey message, Object... args) {
        super(ProblemType.MALFORMED_BODY, Text.of(message, args));
    }
}
