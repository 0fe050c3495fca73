package io.govshare.request.domain;

import java.util.List;

import io.govshare.common.error.FieldError;
import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;

/**
 * The resource is NOT_SHAREABLE (不予共享): a request for it is refused and nothing is stored; 422
 * {@code not-shareable} naming {@code resourceCode} (docs/api.md).
 */
public class NotShareableException extends ProblemException {

    /** {@code https://govshare.io/problems/not-shareable}, 422. */
    public static final ProblemType TYPE = ProblemType.of("not-shareable", 422);

    public NotShareableException(String resourceCode) {
        super(
                TYPE,
                TYPE.status(),
                Text.of(RequestMessages.NOT_SHAREABLE, resourceCode),
                List.of(FieldError.of("resourceCode", RequestMessages.NOT_SHAREABLE_FIELD)));
    }
}
