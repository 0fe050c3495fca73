package io.govshare.catalog.domain;

/** Progress of a unit in the one-ledger (一本账) confirmation, in the order units move through it. */
public enum LedgerStatus {
    /** Not started. */
    NOT_STARTED,
    /** 已确定目录确认时间: a date for the confirmation is planned. */
    SCHEDULED,
    /** 正在进行目录确认. */
    IN_PROGRESS,
    /** 已基本完成目录确认. */
    COMPLETED;

    /** Units move forward only; staying in SCHEDULED re-plans the date. */
    public boolean canMoveTo(LedgerStatus next) {
        return next.ordinal() > this.ordinal() || (next == this && this == SCHEDULED);
    }
}
