package io.govshare.exchange.domain;

/** The caller is authenticated but may not do this to this object; answered 403 with the reason. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String reason) {
        super(reason);
    }
}
