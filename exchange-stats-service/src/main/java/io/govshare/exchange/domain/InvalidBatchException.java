package io.govshare.exchange.domain;

import java.util.List;

import io.govshare.common.error.FieldError;
import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;

/**
 * A batch with invalid records, refused whole: 400 {@code validation} listing the first errors (each with its line or
 * index), and the extension members {@code invalidRecords} and {@code totalErrors}. Nothing of the batch is stored.
 */
public class InvalidBatchException extends ProblemException {

    public InvalidBatchException(int invalidRecords, int received, long totalErrors, List<FieldError> listed) {
        super(
                ProblemType.VALIDATION,
                400,
                totalErrors > listed.size()
                        ? Text.of(
                                ExchangeMessages.BATCH_INVALID_CAPPED,
                                invalidRecords,
                                received,
                                totalErrors,
                                listed.size())
                        : Text.of(ExchangeMessages.BATCH_INVALID, invalidRecords, received),
                listed);
        with("invalidRecords", invalidRecords);
        with("totalErrors", totalErrors);
    }
}
