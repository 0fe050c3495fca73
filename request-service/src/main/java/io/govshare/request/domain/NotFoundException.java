package io.govshare.request.domain;

/** A share request that does not exist or that the caller may not see (so existence does not leak); answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String code) {
        super(kind + " '" + code + "' does not exist");
    }
}
