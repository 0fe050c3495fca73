package io.govshare.request.domain;

/** The resource is NOT_SHAREABLE (不予共享): a request for it is refused and nothing is stored; answered 422. */
public class NotShareableException extends RuntimeException {

    public NotShareableException(String resourceCode) {
        super("resource '" + resourceCode + "' is not shareable (不予共享)");
    }
}
