package io.govshare.exchange.domain;

/** An organization the catalog does not know; answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String code) {
        super(kind + " '" + code + "' does not exist");
    }
}
