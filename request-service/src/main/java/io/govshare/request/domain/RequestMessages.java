package io.govshare.request.domain;

import io.govshare.common.error.MessageKey;

/** The texts of request-service ({@code messages/service*.properties}), in English and Chinese. */
public enum RequestMessages implements MessageKey {
    // problem titles of request-service's own problem types
    TITLE_INVALID_TRANSITION("problem.invalid-transition"),
    TITLE_NOT_SHAREABLE("problem.not-shareable"),
    // names of things and actions in texts
    SHARE_REQUEST("thing.share-request"),
    SUBMIT("action.submit"),
    AUTO_APPROVE("action.auto-approve"),
    ACCEPT("action.accept"),
    REVIEW("action.review"),
    SIGN("action.sign"),
    REJECT("action.reject"),
    WITHDRAW("action.withdraw"),
    RESUBMIT("action.resubmit"),
    // the workflow
    NOT_POSSIBLE("workflow.not-possible"),
    ONLY_APPLICANT("workflow.only-applicant"),
    APPLICANT_NEEDS_ROLE("workflow.applicant-needs-role"),
    ONLY_PROVIDER("workflow.only-provider"),
    PROVIDER_NEEDS_ROLE("workflow.provider-needs-role"),
    PLATFORM_ONLY("workflow.platform-only"),
    REASON_REQUIRED("workflow.reason-required"),
    NOT_SHAREABLE("workflow.not-shareable"),
    NOT_SHAREABLE_FIELD("workflow.not-shareable-field"),
    STALE_VERSION("workflow.stale-version"),
    STORED_FIRST("workflow.stored-first"),
    IF_MATCH("workflow.if-match"),
    RESUBMITTED_ALREADY("workflow.resubmitted-already"),
    // submissions and reading
    NO_ORG_CLAIM_SUBMIT("submit.no-org-claim"),
    NO_RESOURCE("submit.no-resource"),
    OWN_RESOURCE("submit.own-resource"),
    NOT_AN_ITEM("submit.not-an-item"),
    NO_ORG_CLAIM_LIST("list.no-org-claim"),
    OTHER_ORGANIZATION("figures.other-organization"),
    NO_ORG_CLAIM_FIGURES("figures.no-org-claim"),
    // the catalog's answers
    CATALOG_UNKNOWN_PROVIDER("catalog.unknown-provider"),
    CATALOG_UNKNOWN_VALUE("catalog.unknown-value"),
    // the history import
    IMPORT_TOO_LARGE("import.too-large"),
    MISSING("import.missing"),
    HISTORY_NEEDS_SUBMIT("import.needs-submit"),
    IN_FUTURE("import.in-future"),
    NOT_IN_ORDER("import.not-in-order"),
    STARTS_WITH_SUBMIT("import.starts-with-submit"),
    APPROVED_AT_SUBMIT("import.approved-at-submit"),
    TOO_MANY_EVENTS("import.too-many-events"),
    NO_ORGANIZATION("import.no-organization"),
    IMPORTED_OWN_RESOURCE("import.own-resource"),
    OTHER_HISTORY("import.other-history"),
    IMPORTED_CONCURRENTLY("import.concurrently"),
    RESUBMISSION_UNKNOWN("import.resubmission-unknown"),
    RESUBMISSION_OTHER("import.resubmission-other"),
    RESUBMISSION_STATUS("import.resubmission-status"),
    RESUBMISSION_BEFORE("import.resubmission-before"),
    RESUBMISSION_TAKEN("import.resubmission-taken");

    private final String key;

    RequestMessages(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return this.key;
    }

    /** The verb of an action, e.g. "accept" / "受理". */
    public static RequestMessages verb(ShareRequestAction action) {
        return switch (action) {
            case SUBMIT -> SUBMIT;
            case AUTO_APPROVE -> AUTO_APPROVE;
            case ACCEPT -> ACCEPT;
            case REVIEW -> REVIEW;
            case SIGN -> SIGN;
            case REJECT -> REJECT;
            case WITHDRAW -> WITHDRAW;
            case RESUBMIT -> RESUBMIT;
        };
    }
}
