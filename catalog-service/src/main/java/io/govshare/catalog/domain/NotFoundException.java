package io.govshare.catalog.domain;

/** A region, organization, resource or ledger unit that does not exist; answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String code) {
        super(kind + " '" + code + "' does not exist");
    }
}
