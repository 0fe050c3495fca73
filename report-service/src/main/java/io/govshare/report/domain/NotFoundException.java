package io.govshare.report.domain;

/** A report, report version or content that does not exist; answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String code) {
        super(kind + " '" + code + "' does not exist");
    }
}
