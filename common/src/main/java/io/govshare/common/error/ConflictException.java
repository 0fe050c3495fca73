package io.govshare.common.error;

import java.util.List;

/** A request that conflicts with what is stored (a code that exists already …): 409 {@code conflict}. */
public class ConflictException extends ProblemException {

    /** {@code field} names the member that conflicts, or is {@code null}. */
    public ConflictException(String field, Text detail) {
        super(ProblemType.CONFLICT, 409, detail, field == null ? List.of() : List.of(FieldError.of(field, detail)));
    }
}
