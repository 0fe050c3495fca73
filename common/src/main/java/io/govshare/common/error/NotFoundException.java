package io.govshare.common.error;

/** An object that does not exist (or that the caller may not know exists): 404 {@code not-found}. */
public class NotFoundException extends ProblemException {

    /** {@code thing} names the kind of object in both languages, e.g. a key for "share request" / "共享申请". */
    public NotFoundException(MessageKey thing, String id) {
        super(ProblemType.NOT_FOUND, Text.of(CommonMessages.NOT_FOUND, thing, id));
    }
}
