package io.govshare.catalog.api;

/** Formats shared by request bodies and paths. */
final class Codes {

    /** Operator-chosen stable codes: letters, digits, dot, dash, underscore; 1–64 characters. */
    static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    static final String CODE_MESSAGE = "must be 1-64 letters, digits, '.', '-' or '_', starting with a letter or digit";

    /** A calendar month. */
    static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";

    static final String MONTH_MESSAGE = "must be a month YYYY-MM";

    private Codes() {}
}
