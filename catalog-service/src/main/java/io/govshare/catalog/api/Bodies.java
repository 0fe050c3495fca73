package io.govshare.catalog.api;

import io.govshare.catalog.domain.CatalogMessages;
import io.govshare.common.error.InvalidInputException;

/** Checks on the {@code code} member that Bean Validation cannot express per method. */
final class Bodies {

    private Bodies() {}

    /** POST needs a code in the body. */
    static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", CatalogMessages.CODE_REQUIRED);
        }
    }

    /** PUT takes the code from the path; a body code, if given, must be the same. */
    static void requireSameCode(String pathCode, String bodyCode) {
        if (bodyCode != null && !bodyCode.equals(pathCode)) {
            throw new InvalidInputException("code", CatalogMessages.CODE_NOT_PATH);
        }
    }
}
