package io.govshare.common.input;

import java.util.ArrayList;
import java.util.List;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.FieldError;
import io.govshare.common.error.InvalidInputException;

/**
 * A page of a list (docs/api.md): zero-based {@code page}, {@code size} from 1 to {@value #MAX_SIZE} (default
 * {@value #DEFAULT_SIZE}), and the offset {@code page × size} at most {@value #MAX_OFFSET}, so that it fits the
 * database's and Hibernate's integer offsets.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final int MAX_OFFSET = 1_000_000_000;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(FieldError.of("page", CommonMessages.NUMBER_RANGE, 0, MAX_OFFSET));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(FieldError.of("size", CommonMessages.PAGE_SIZE, MAX_SIZE));
        }
        if (errors.isEmpty() && (long) page * size > MAX_OFFSET) {
            errors.add(FieldError.of("page", CommonMessages.PAGE_TOO_FAR, MAX_OFFSET));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** From optional query parameters: page 0 and size {@value #DEFAULT_SIZE} when absent. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** The number of rows before this page. */
    public int offset() {
        return this.page * this.size;
    }
}
