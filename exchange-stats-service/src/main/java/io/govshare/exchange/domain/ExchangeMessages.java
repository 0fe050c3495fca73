package io.govshare.exchange.domain;

import io.govshare.common.error.MessageKey;

/** The messages of exchange-stats-service ({@code messages/service*.properties}), in English and Chinese. */
public enum ExchangeMessages implements MessageKey {
    ORGANIZATION("thing.organization"),
    // a batch that is refused whole
    BATCH_INVALID("batch.invalid"),
    BATCH_INVALID_CAPPED("batch.invalid-capped"),
    BATCH_TOO_LARGE("batch.too-large"),
    CSV_HEADER("batch.csv-header"),
    NOT_AN_ARRAY("batch.not-an-array"),
    ARRAY_NOT_CLOSED("batch.array-not-closed"),
    TEXT_AFTER_ARRAY("batch.text-after-array"),
    NOT_JSON_AT("batch.not-json-at"),
    UNREADABLE("batch.unreadable"),
    // one record of a batch
    CSV_QUOTE("record.csv-quote"),
    CSV_FIELDS("record.csv-fields"),
    LINE_NOT_OBJECT("record.line-not-object"),
    LINE_TRAILING("record.line-trailing"),
    LINE_NOT_JSON("record.line-not-json"),
    TOO_DEEP("record.too-deep"),
    NOT_OBJECT("record.not-object"),
    NESTED_VALUE("record.nested-value"),
    GIVEN_TWICE("record.given-twice"),
    DUPLICATE_MEMBER("record.duplicate-member"),
    BEFORE_EPOCH("record.before-epoch"),
    IN_FUTURE("record.in-future"),
    TOO_OLD("record.too-old"),
    UNKNOWN_ORGANIZATION("record.unknown-organization"),
    CALLS("record.calls"),
    // statistics
    PERIOD_BOTH("period.both"),
    PERIOD_REQUIRED("period.required"),
    PERIOD_REVERSED("period.reversed"),
    PERIOD_TOO_LONG("period.too-long"),
    OWN_FIGURES_ONLY("access.own-figures-only"),
    NO_ORG_CLAIM("access.no-org-claim"),
    // failures of the database while a batch is stored
    STORE_FAILED("upstream.store-failed"),
    PREPARE_FAILED("upstream.prepare-failed"),
    // the per-client limits of the ingestion door
    INGEST_BUSY("ingest.busy"),
    INGEST_RATE("ingest.rate");

    private final String key;

    ExchangeMessages(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return this.key;
    }
}
