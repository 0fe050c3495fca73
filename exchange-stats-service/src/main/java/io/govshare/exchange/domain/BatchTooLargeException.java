package io.govshare.exchange.domain;

import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;

/** A batch with more records than the configured maximum: 413 {@code payload-too-large}, nothing of it stored. */
public class BatchTooLargeException extends ProblemException {

    public BatchTooLargeException(int max) {
        super(ProblemType.PAYLOAD_TOO_LARGE, Text.of(ExchangeMessages.BATCH_TOO_LARGE, max));
    }
}
