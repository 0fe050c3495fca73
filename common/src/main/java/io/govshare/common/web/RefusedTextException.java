package io.govshare.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.govshare.common.error.CommonMessages;

/** A JSON string that is not storable text (NUL, a lone surrogate); Jackson adds where in the body it is. */
public class RefusedTextException extends JsonMappingException {

    private final transient CommonMessages reason;

    RefusedTextException(JsonParser parser, CommonMessages reason) {
        super(parser, reason.key());
        this.reason = reason;
    }

    public CommonMessages reason() {
        return this.reason;
    }
}
