package io.govshare.catalog.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.govshare.catalog.domain.LedgerStatus;

/** One recorded change of a unit's one-ledger status; rows are only ever inserted. */
@Entity
@Table(name = "ledger_change")
public class LedgerChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_code", nullable = false)
    public String orgCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerStatus status;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "planned_date")
    public LocalDate plannedDate;

    @Column
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
